package org.passerelle.activity;

import org.passerelle.participant.ParticipantId;
import org.passerelle.program.Audience;

/**
 * Someone enrolled in the program who is not invited yet.
 */
public record InviteCandidate(ParticipantId id, String name, Audience role) {
}
