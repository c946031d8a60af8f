package org.passerelle;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.passerelle.core.Language;
import org.passerelle.identity.UserManagement;
import org.passerelle.matching.MatchingFixtures;
import org.passerelle.matching.Proposals;
import org.passerelle.matching.MentoringAgreements;
import org.passerelle.mentorship.CertificateView;
import org.passerelle.mentorship.Certificates;
import org.passerelle.mentorship.ClosureReason;
import org.passerelle.mentorship.EmploymentStatus;
import org.passerelle.mentorship.MentorshipManagement;
import org.passerelle.mentorship.Pair;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.program.CompletionRule;
import org.passerelle.program.MeetingCadence;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramRules;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The completion certificate in the browser (R-MEN-8): the mentee finds it on the mentorship page
 * (loaded by htmx) and downloads it; anyone verifies its code on the public page, in either
 * language. axe-core checks each page.
 */
class CertificateBrowserTests extends BrowserTest {

	@Autowired
	ProgramManagement programs;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	Proposals proposals;

	@Autowired
	MentoringAgreements agreements;

	@Autowired
	MentorshipManagement mentorships;

	@Autowired
	Certificates certificates;

	@Autowired
	Clock clock;

	@Test
	void theMenteeDownloadsTheCertificateAndAnyoneVerifiesItsCode() throws IOException, InterruptedException {
		var rules = ProgramRules.builder()
			.durationWeeks(12)
			.meetingCadence(MeetingCadence.EVERY_TWO_WEEKS)
			.completion(new CompletionRule(null, BigDecimal.valueOf(144), true, true, true))
			.build();
		var f = MatchingFixtures.create(new Fixtures(organisations, users), programs, participants,
				MatchingFixtures.weights(100, 0, 0, 0), rules, Set.of(Language.FR, Language.EN));
		var pair = Pair.agreed(f, proposals, agreements, mentorships, LocalDate.now(clock));
		var version = mentorships.find(pair.coordinator(), pair.mentorship()).version();
		mentorships.close(pair.coordinator(), pair.mentorship(), version, ClosureReason.EMPLOYED,
				EmploymentStatus.EMPLOYED_IN_FIELD, false, LocalDate.now(clock), null);
		var certificate = awaitCertificate(pair);
		var french = Locale.CANADA_FRENCH;
		var english = Locale.CANADA;

		signIn(pair.asMentee().email()); // the mentee reads English
		page.navigate(url("/mentorships/" + pair.mentorship().value()));
		assertThat(page.locator("#certificate-status")).isVisible();
		assertThat(page.locator("#certificate-status")).containsText(certificate.code());
		check("certificate-mentorship-en");
		var download = page.waitForDownload(() -> link(text(english, "certificate.download.both")).click());
		var pdf = Files.readAllBytes(download.path());
		assertThat(new String(pdf, 0, 4)).isEqualTo("%PDF");
		signOut();
		page.locator("header .language-switch").click(); // back to French, as when signed out

		page.navigate(url("/certificates/verify"));
		check("certificate-verify-fr");
		page.getByLabel(text(french, "certificate.verify.code")).fill(certificate.code().toLowerCase().replace("-", " "));
		button(text(french, "certificate.verify.submit")).click();
		assertThat(page.locator("#verification-valid")).hasText(text(french, "certificate.verify.valid"));
		assertThat(page.locator("#verification")).containsText(certificate.personName());
		check("certificate-verified-fr");
		page.locator("header .language-switch").click();
		assertThat(page.locator("#verification-valid")).hasText(text(english, "certificate.verify.valid"));
		check("certificate-verified-en");

		assertThat(accessibilityViolations).as("serious or critical axe-core violations").isEmpty();
	}

	CertificateView awaitCertificate(Pair pair) {
		return Eventually.value(() -> certificates.status(pair.coordinator(), pair.mentorship()).certificate(),
				java.util.Objects::nonNull);
	}
}
