package org.passerelle;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The journeys prove what people can do from an empty installation only if they do nothing that
 * people cannot: no service, repository, SQL, demo data or test fixture creates or changes their
 * state — only the pages, the API and the e-mails received.
 */
class JourneyRulesTests {

	private final com.tngtech.archunit.core.domain.JavaClasses tests = ImportedClasses.tests();

	@Test
	void journeysReachTheApplicationOnlyThroughWhatPeopleHave() {
		assertThat(tests.stream().filter(type -> type.getPackageName().equals("org.passerelle.journeys"))).isNotEmpty();
		noClasses().that()
			.resideInAPackage("org.passerelle.journeys..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.passerelle.core..", "org.passerelle.identity..", "org.passerelle.organisation..",
					"org.passerelle.program..", "org.passerelle.reference..", "org.passerelle.participant..",
					"org.passerelle.referral..", "org.passerelle.matching..", "org.passerelle.mentorship..",
					"org.passerelle.activity..", "org.passerelle.notification..", "org.passerelle.reporting..",
					"org.passerelle.home..", "org.passerelle.setup..", "org.passerelle.privacy..",
					"org.passerelle.evaluation..", "org.springframework.jdbc..",
					"org.springframework.data..", "jakarta.persistence..")
			.orShould()
			.dependOnClassesThat()
			.haveSimpleNameEndingWith("Management")
			.orShould()
			.dependOnClassesThat()
			.haveSimpleNameEndingWith("Repository")
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName(Fixtures.class.getName())
			.because("a journey does only what a person can: pages, API, e-mails")
			.check(tests);
	}
}
