package org.passerelle;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.passerelle.core.Language;
import org.passerelle.identity.UserManagement;
import org.passerelle.matching.MatchingFixtures;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.participant.ParticipantEvents.InvitationSent;
import org.passerelle.participant.ParticipantInvitations;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramRules;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import com.microsoft.playwright.options.SelectOption;

/**
 * A person opens the link of their invitation in the browser, chooses a password and the language
 * of their account, signs in and lands on their home page (R-ACC-1); the same link then says it
 * no longer works. axe-core checks each page.
 */
@RecordApplicationEvents
class InvitationBrowserTests extends BrowserTest {

	@Autowired
	ProgramManagement programs;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	ParticipantInvitations invitations;

	@Autowired
	ApplicationEvents events;

	@Test
	void theInvitedPersonChoosesAPasswordAndSignsIn() {
		var f = MatchingFixtures.create(new Fixtures(organisations, users), programs, participants,
				MatchingFixtures.weights(100, 0, 0, 0), ProgramRules.builder().build(), Set.of(Language.FR));
		var mentee = f.mentee("Amina", null, MatchingFixtures.french(), null, "Travailler en génie civil");
		invitations.invite(f.coordinator(), f.program().id(), List.of(mentee));
		var sent = events.stream(InvitationSent.class).filter(event -> event.participant().equals(mentee)).findFirst().orElseThrow();
		var path = sent.link().replaceFirst("^https?://[^/]+", "");
		var french = Locale.CANADA_FRENCH;
		var password = "Un beau jardin en avril";

		page.navigate(url(path));
		assertThat(page.locator("h1")).hasText(text(french, "invitation.accept.title"));
		check("invitation-accept-fr");
		page.getByLabel(text(french, "invitation.accept.password"), new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).fill("password1234");
		page.getByLabel(text(french, "invitation.accept.repeat")).fill("password1234");
		button(text(french, "invitation.accept.submit")).click();
		assertThat(page.locator("#password-error")).hasText(text(french, "password.common"));
		check("invitation-accept-refused-fr");

		page.getByLabel(text(french, "invitation.accept.password"), new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).fill(password);
		page.getByLabel(text(french, "invitation.accept.repeat")).fill(password);
		page.getByLabel(text(french, "invitation.accept.language")).selectOption(new SelectOption().setValue("FR"));
		button(text(french, "invitation.accept.submit")).click();
		assertThat(page.locator("main .alert-success")).hasText(text(french, "login.joined"));
		assertThat(page.locator("#email")).hasValue(sent.email());
		check("invitation-joined-login-fr");
		page.locator("#password").fill(password);
		page.locator("main form button[type=submit]").click();
		assertThat(page.locator("header form[action='/logout']")).isVisible();
		signOut();

		page.navigate(url(path));
		assertThat(page.locator("#invitation-refused")).hasText(text(french, "invitation.refused.used"));
		check("invitation-used-fr");

		assertThat(accessibilityViolations).as("serious or critical axe-core violations").isEmpty();
	}
}
