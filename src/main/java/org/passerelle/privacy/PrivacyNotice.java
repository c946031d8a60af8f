package org.passerelle.privacy;

import java.util.List;
import java.util.Objects;

import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.identity.UserView;
import org.passerelle.participant.ApplicationRetention;
import org.passerelle.participant.ApplicationRetention.ProgramRetention;
import org.passerelle.participant.ConsentPurpose;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the privacy notice says (Law 25 s. 8, issue 14), read from what is configured rather than
 * written once: the purposes a person may consent to, with the wording and version shown today; the
 * retention rules that exist (applications not selected, per program) and the kinds of record that
 * have none yet; the organisations of the privacy officers to write to.
 */
@Service
@Transactional(readOnly = true)
public class PrivacyNotice {

	/** Kinds of record that no rule destroys yet: the notice names them, so as not to promise one. */
	public static final List<String> WITHOUT_RULE = List.of("participants", "mentorships", "documents", "evaluation",
			"audit", "emails");

	private final ApplicationRetention retention;

	private final UserManagement users;

	PrivacyNotice(ApplicationRetention retention, UserManagement users) {
		this.retention = retention;
		this.users = users;
	}

	/** The notice as configured now. */
	public Notice notice() {
		var officers = users.list(Actor.system(), Role.PRIVACY_OFFICER)
			.stream()
			.filter(UserView::active)
			.map(UserView::organisationName)
			.filter(Objects::nonNull)
			.distinct()
			.sorted()
			.toList();
		return new Notice(List.of(ConsentPurpose.values()), retention.schedule(), WITHOUT_RULE, officers);
	}

	/**
	 * The notice: the purposes, the retention of applications not selected per program, the kinds of
	 * record without a retention rule (message keys {@code privacy.notice.none.<kind>}), the
	 * organisations of the privacy officers.
	 */
	public record Notice(List<ConsentPurpose> purposes, List<ProgramRetention> applicationsNotSelected,
			List<String> withoutRule, List<String> privacyOfficerOrganisations) {
	}
}
