package org.passerelle;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.passerelle.identity.Actor;
import org.passerelle.identity.DemoAccounts;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.matching.Decision;
import org.passerelle.matching.MatchStatus;
import org.passerelle.matching.Proposals;
import org.passerelle.mentorship.MentorshipManagement;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.participant.IntakeChecklist;
import org.passerelle.program.ProgramManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The coordinator of the demonstration matches the waiting pool of Québec pluriel, sees why each
 * pair was proposed, changes one pair and confirms; the demo mentee (in English) and mentor (in
 * French) accept the proposal the demo made them, are introduced, and sign the mentoring
 * agreement. axe-core checks every page.
 */
@ActiveProfiles({ "test", "demo" })
@TestPropertySource(properties = { "passerelle.test.installation=new", "passerelle.embedded-database.durable=true" })
class DemoMatchingBrowserTests extends BrowserTest {

	@Autowired
	DemoAccounts demo;

	@Autowired
	ProgramManagement programs;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	Proposals proposals;

	@Autowired
	MentorshipManagement mentorships;

	@Autowired
	UserManagement users;

	@Autowired
	IntakeChecklist intake;

	DemoAccounts.Account account(Role role) {
		return demo.accounts().stream().filter(account -> account.role() == role).findFirst().orElseThrow();
	}

	/**
	 * The state this test walks on from, as the demo leaves it (checked here, not in
	 * {@code DemoDataTests}: both share the demo's application, and this test changes it).
	 */
	private void theDemoLeavesTheMentorAndTheMenteeSomethingToAnswer(DemoAccounts.Account menteeAccount,
			DemoAccounts.Account mentorAccount) {
		var asMentee = actor(menteeAccount);
		var asMentor = actor(mentorAccount);
		assertThat(proposals.mine(asMentee)).singleElement().satisfies(match -> {
			assertThat(match.mentorName()).isEqualTo("Marc Lavoie");
			assertThat(match.status()).isEqualTo(MatchStatus.PROPOSED);
		});
		var proposal = proposals.mine(asMentee).getFirst();
		assertThat(proposals.find(asMentor, proposal.id(), Locale.CANADA_FRENCH).mentorDecision())
			.isNotEqualTo(Decision.ACCEPTED);
		var own = mentorships.mine(asMentor);
		assertThat(own).singleElement()
			.satisfies(mentorship -> assertThat(mentorship.menteeName()).isEqualTo("Lin Wei"));
		assertThat(mentorships.find(asMentor, own.getFirst().id()).meetings())
			.filteredOn(meeting -> meeting.awaitsReader())
			.hasSize(1);
	}

	private Actor actor(DemoAccounts.Account account) {
		var user = users.list(Actor.system()).stream().filter(candidate -> candidate.email().equals(account.email())).findFirst()
			.orElseThrow();
		return new Actor(user.id(), user.email(), user.role(), user.organisationId());
	}

	@Test
	void theCoordinatorMatchesTheDemoPoolAndThePairSignsTheAgreement() {
		var french = Locale.CANADA_FRENCH;
		var english = Locale.CANADA;
		var coordinator = account(Role.COORDINATOR);
		var mentee = account(Role.MENTEE);
		var mentor = account(Role.MENTOR);
		var program = programs.list(Actor.system()).stream().filter(p -> p.name().equals("Québec pluriel")).findFirst()
			.orElseThrow().id();
		var yasmine = intake.enrolled(program).stream()
			.filter(member -> member.details().firstName().equals("Yasmine")).findFirst().orElseThrow().id();
		var mentors = new java.util.HashMap<String, org.passerelle.participant.ParticipantId>();
		intake.enrolled(program).forEach(member -> mentors.put(member.details().firstName(), member.id()));

		theDemoLeavesTheMentorAndTheMenteeSomethingToAnswer(mentee, mentor);

		signIn(coordinator.email(), coordinator.password());
		visit("/programs/" + program + "/matching", "matching-pool-fr");
		assertThat(page.locator("main")).containsText("Oumar Ba");
		button(text(french, "matching.pool.run")).click();
		assertThat(page.locator("h1")).hasText(text(french, "matching.run.title", "Québec pluriel"));
		// the run goes on in the background; the page follows it and shows the draft once done
		var pair = page.locator("#pair-" + yasmine);
		assertThat(pair).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
			.setTimeout(20_000));
		assertThat(page.locator("#run-proof")).containsText(text(french, "matching.run.proven", 0, 1).substring(0, 10));
		check("matching-run-fr");
		pair.locator("summary").click();
		assertThat(pair.locator(".reasons")).containsText(text(french, "MatchingCriterion.OCCUPATION"));
		check("matching-run-why-fr");

		// the coordinator knows Yasmine: the other mentor free, whatever the draft said
		var drafted = pair.locator("h3").textContent();
		var other = drafted.contains("Éric Lefebvre") ? "David Cohen" : "Éric Lefebvre";
		pair.locator("a[href*='open=']").click();
		pair.locator("select").selectOption(mentors.get(other.substring(0, other.indexOf(' '))).toString());
		pair.locator("button[type=submit]").click();
		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS))
			.hasText(text(french, "pool.pair.changed"));
		assertThat(page.locator("#pair-" + yasmine + " h3")).containsText(other);
		assertThat(page.locator("#pair-" + yasmine)).containsText(text(french, "matching.run.edited"));
		button(text(french, "matching.run.confirm")).click();
		assertThat(page.locator("h1")).hasText(text(french, "matching.pool.title", "Québec pluriel"));
		assertThat(page.locator("#proposals-title + table")).containsText("Yasmine Benali");
		check("matching-confirmed-fr");
		// the demo proposed Amina to Marc: both have yet to answer
		var proposal = page.locator("#proposals-title + table tr", new Page.LocatorOptions().setHasText("Amina Diallo"))
			.locator("a").getAttribute("href");
		signOut();

		signIn(mentee.email(), mentee.password());
		visit("/my/matches", "my-matches-en");
		page.locator("a[href='" + proposal + "']").click();
		assertThat(page.locator("#mentor-title")).containsText("Marc Lavoie");
		check("proposal-mentee-en");
		button(text(english, "matching.match.accept")).click();
		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS)).hasText(text(english, "match.accepted"));
		signOut();

		signIn(mentor.email(), mentor.password());
		page.navigate(url(proposal));
		check("proposal-mentor-fr");
		button(text(french, "matching.match.accept")).click();
		assertThat(page.locator("#match-status")).hasText(text(french, "MatchStatus.ACCEPTED"));
		signOut();

		signIn(coordinator.email(), coordinator.password());
		page.navigate(url(proposal));
		check("proposal-accepted-fr");
		button(text(french, "matching.match.recordIntroduction")).click();
		assertThat(page.locator("#match-status")).hasText(text(french, "MatchStatus.INTRODUCED"));
		signOut();

		signIn(mentee.email(), mentee.password());
		page.navigate(url(proposal));
		assertThat(page.locator(".agreement-text")).containsText("Mentoring agreement of Québec pluriel");
		check("agreement-sign-en");
		button(text(english, "agreement.sign")).click();
		assertThat(page.locator("#match-status")).hasText(text(english, "MatchStatus.INTRODUCED"));
		signOut();

		signIn(mentor.email(), mentor.password());
		page.navigate(url(proposal));
		assertThat(page.locator(".agreement-text")).containsText("Entente de mentorat de Québec pluriel");
		button(text(french, "agreement.sign")).click();
		assertThat(page.locator("#match-status")).hasText(text(french, "MatchStatus.AGREED"));
		check("agreement-signed-fr");

		assertThat(accessibilityViolations).as("serious or critical axe-core violations").isEmpty();
	}
}
