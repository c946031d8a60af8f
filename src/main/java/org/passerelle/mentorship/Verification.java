package org.passerelle.mentorship;

import java.time.LocalDate;

/**
 * What anyone holding a verification code learns of its certificate (R-MEN-8): valid or revoked,
 * whose, which program, when and on what basis — nothing more.
 */
public record Verification(String code, boolean valid, boolean revoked, String name, String program,
		String organisation, LocalDate issuedOn, CompletionBasis basis, LocalDate revokedOn) {
}
