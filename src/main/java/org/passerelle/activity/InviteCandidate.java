package org.passerelle.activity;

import org.passerelle.participant.ParticipantId;
import org.passerelle.program.Audience;

/**
 * Someone enrolled in the program who is not invited yet.
 *
 * @param reachable whether they have an account, and so receive the invitation themselves
 */
public record InviteCandidate(ParticipantId id, String name, Audience role, boolean reachable) {
}
