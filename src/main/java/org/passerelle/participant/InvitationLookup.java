package org.passerelle.participant;

import java.time.Instant;

import org.passerelle.core.Language;
import org.passerelle.program.Audience;

/**
 * What the person opening an invitation link sees: who is invited, to what, and whether an
 * account already has their address (then they sign in to link it instead of opening one).
 */
public record InvitationLookup(String firstName, String email, String programName, Audience role, Language language,
		Instant expiresAt, boolean accountExists) {
}
