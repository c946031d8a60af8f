package org.passerelle.setup;

import org.passerelle.identity.Actor;
import org.passerelle.identity.UserManagement;
import org.passerelle.organisation.OrganisationDetails;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * On the first start, with no account in the database, opens the administrator's account from
 * {@code PASSERELLE_ADMIN_EMAIL} and {@code PASSERELLE_ADMIN_PASSWORD}; without a password, one is
 * generated and printed to the log, this once.
 */
@Component
@Order(1)
class FirstStart implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

	private final UserManagement users;

	private final OrganisationManagement organisations;

	private final String email;

	private final String password;

	private final String organisationName;

	FirstStart(UserManagement users, OrganisationManagement organisations,
			@Value("${passerelle.admin.email:admin@passerelle.local}") String email,
			@Value("${passerelle.admin.password:}") String password,
			@Value("${passerelle.admin.organisation:Passerelle}") String organisationName) {
		this.users = users;
		this.organisations = organisations;
		this.email = email;
		this.password = password;
		this.organisationName = organisationName;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (users.hasAccounts()) {
			return;
		}
		var home = organisations.choices()
			.stream()
			.filter(choice -> choice.name().equalsIgnoreCase(organisationName))
			.map(choice -> choice.id())
			.findFirst()
			.orElseGet(() -> organisations
				.register(Actor.system(),
						new OrganisationDetails(organisationName, OrganisationType.LEAD_AGENCY, null, null, null))
				.id());
		try {
			var chosen = users.openFirstAdministrator(email, password, home);
			if (StringUtils.hasText(password)) {
				log.info("Opened the administrator account {}", email);
			}
			else {
				log.warn("Opened the administrator account {} with the generated password {} "
						+ "- it is shown only this once: sign in and change it", email, chosen);
			}
		}
		catch (DataIntegrityViolationException ex) {
			log.info("Another node opened the administrator account first");
		}
	}
}
