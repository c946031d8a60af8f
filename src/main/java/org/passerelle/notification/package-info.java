/**
 * What Passerelle tells people, in their language: notifications in the application and e-mails,
 * sent from an outbox by a scheduled job, never twice, retried when the mail server fails.
 */
@ApplicationModule(allowedDependencies = {
		"activity", "core", "evaluation", "identity", "matching", "mentorship", "participant", "program", "referral" })
package org.passerelle.notification;

import org.springframework.modulith.ApplicationModule;
