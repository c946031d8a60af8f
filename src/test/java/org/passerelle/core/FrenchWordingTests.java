package org.passerelle.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.NumberFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.passerelle.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * French as people read it: « de » elides before names that start with a vowel, counts agree in
 * number, and labels about a person assume no gender.
 */
@IntegrationTest
class FrenchWordingTests {

	static final Locale FRENCH = Locale.CANADA_FRENCH;

	@Autowired
	MessageSource messages;

	String french(String code, Object... arguments) {
		return messages.getMessage(code, arguments, FRENCH);
	}

	@Test
	void aSentenceEndingOnAnAbbreviationGetsOneStopInEveryMessage() {
		var text = messages.getMessage("notification.activity.invited.body",
				new Object[] { "Peer meeting", "March 12, 2027, 5:00 p.m.", "SOIIT" }, Locale.CANADA);
		org.assertj.core.api.Assertions.assertThat(text).contains("on March 12, 2027, 5:00 p.m. Open").doesNotContain("..");
		org.assertj.core.api.Assertions.assertThat(messages.getMessage("notification.activity.invited.title",
				new Object[] { "Wait..." }, Locale.CANADA)).as("an ellipsis stays").endsWith("Wait...");
	}

	@Test
	void anElidedMessageReadsBackItsName() throws Exception {
		var format = new TypographicMessageSource().createMessageFormat("Mentor de {0}", FRENCH);
		org.assertj.core.api.Assertions.assertThat(format.format(new Object[] { "Amina" })).isEqualTo("Mentor d’Amina");
		org.assertj.core.api.Assertions.assertThat(format.parse("Mentor d’Amina")).containsExactly("Amina");
		org.assertj.core.api.Assertions.assertThat(format.parse("Mentor de Jean")).containsExactly("Jean");
	}

	@Test
	void deElidesBeforeANameThatStartsWithAVowelOrAMuteH() {
		assertThat(french("matching.run.change", "Amina")).isEqualTo("Mentor d’Amina");
		assertThat(french("matching.run.change", "Jean")).isEqualTo("Mentor de Jean");
		assertThat(french("mentorships.title", "Amina", "Hélène")).isEqualTo("Mentorat d’Amina avec Hélène");
		assertThat(french("network.title", "Ousmane")).isEqualTo("Le réseau d’Ousmane");
		assertThat(french("referral.title", "Hélène Côté")).isEqualTo("Référence d’Hélène Côté");
		assertThat(french("cohort.title", "Emploi-Québec")).isEqualTo("Cohortes de groupe d’Emploi-Québec");
		assertThat(french("notification.closure.approaching.title", "Amina", "Jean"))
			.isEqualTo("Le mentorat d’Amina et Jean se termine bientôt");
		assertThat(messages.getMessage("matching.run.change", new Object[] { "Amina" }, Locale.CANADA))
			.isEqualTo("Mentor for Amina");
	}

	@Test
	void numbersAndDatesAfterDeKeepDeAndTheirFormat() {
		assertThat(french("participants.page", 1, 12)).isEqualTo("Page 1 de 12");
		assertThat(french("participants.page", 1, 1234)).isEqualTo("Page 1 de " + NumberFormat.getInstance(FRENCH).format(1234));
	}

	@Test
	void countsAgreeInNumber() {
		assertThat(french("nav.notifications.unread", 1)).isEqualTo("Avis (1 nouveau)");
		assertThat(french("nav.notifications.unread", 3)).isEqualTo("Avis (3 nouveaux)");
	}

	@Test
	void statusLabelsAboutAPersonAssumeNoGender() throws Exception {
		assertThat(french("intake.matchable")).isEqualTo("Jumelage possible");
		// the application, not the person, is what is not selected
		assertThat(french("ParticipationStatus.NOT_SELECTED")).isEqualTo("Candidature non retenue");
		var labels = PropertiesLoaderUtils.loadProperties(new ClassPathResource("messages_fr.properties"));
		for (var key : new String[] { "intake.ready", "intake.matchable", "intake.blocked", "intake.overview.link",
				"ParticipationStatus.ENROLLED", "ParticipationStatus.COMPLETED", "ParticipationStatus.WITHDRAWN",
				"WorkStatus.RETIRED", "EmploymentStatus.STUDYING",
				"ClosureReason.EMPLOYED", "criterion.AGE_BETWEEN", "criterion.MEMBER_OF", "criterion.MEMBER_OF.lead" }) {
			assertThat(labels.getProperty(key)).as(key)
				.doesNotContainPattern("(?i)\\b(prête?|jumelée?|inscrite?|retirée?|retenue?|retraitée?|admise?|âgée?|employée?|mentorée?)\\b");
		}
	}

	@Test
	void theCompletionCertificateIsOneTermInFrenchEverywhere() throws Exception {
		var places = new java.util.ArrayList<java.nio.file.Path>(List.of(Path.of("README.md"),
				Path.of("src/main/resources/messages_fr.properties")));
		try (var templates = Files.walk(Path.of("src/main/resources/templates"))) {
			templates.filter(path -> path.toString().endsWith(".html")).forEach(places::add);
		}
		for (var place : places) {
			assertThat(Files.readString(place)).as(place.toString())
				.doesNotContainPattern("(?i)certificat\\b|certificat d|achèvement");
		}
		assertThat(french("certificate.pdf.title")).isEqualTo("Attestation de réussite");
	}
}
