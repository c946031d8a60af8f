package org.passerelle.mentorship;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Issues the completion certificate when a mentorship closes and its program's rule holds.
 */
@Component
class CertificateIssuer {

	private final Certificates certificates;

	CertificateIssuer(Certificates certificates) {
		this.certificates = certificates;
	}

	@ApplicationModuleListener
	void on(MentorshipEvents.MentorshipClosed event) {
		certificates.issueAtClosure(event.mentorship());
	}
}
