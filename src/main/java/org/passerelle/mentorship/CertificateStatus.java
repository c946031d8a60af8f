package org.passerelle.mentorship;

import java.util.List;

/**
 * Where a mentorship stands with its completion certificate, for one reader (R-MEN-8): whether the
 * program's rule holds, and the certificate in force. The mentor learns whether one was issued,
 * not its code.
 *
 * @param certificate the certificate in force, for the mentee and the coordinators; null otherwise
 * @param issued whether a certificate is in force
 * @param revoked the certificates revoked, for the coordinators; empty for everyone else
 * @param mayIssue whether the reader is a coordinator and no certificate is in force
 * @param mayDownload whether the reader may download the certificate in force
 */
public record CertificateStatus(MentorshipId mentorship, MentorshipStatus mentorshipStatus, Party viewer,
		Completion completion, CertificateView certificate, boolean issued, List<CertificateView> revoked,
		boolean mayIssue, boolean mayRevoke, boolean mayDownload) {
}
