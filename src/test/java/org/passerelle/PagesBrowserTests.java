package org.passerelle;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.identity.Actor;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationType;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The paths people walk, in Debian's Chromium driven by Playwright: sign in, switch language,
 * register an organisation; axe-core checks every page visited for WCAG 2.2 AA. Screenshots go
 * to {@code target/screenshots}. Without Chromium the test is skipped, unless
 * {@code PASSERELLE_REQUIRE_BROWSER} is set (as CI does), where it fails.
 */
class PagesBrowserTests extends BrowserTest {

	@Value("${passerelle.admin.email}")
	String adminEmail;

	@Value("${passerelle.admin.password}")
	String adminPassword;

	@Autowired
	ProgramManagement programs;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	org.passerelle.participant.ParticipantManagement participants;

	@Autowired
	java.time.Clock clock;


	@Test
	void anAdministratorSignsInSwitchesLanguageAndRegistersAnOrganisation() throws IOException {
		visit("/login", "login-fr");
		assertThat(page.locator("h1")).hasText("Connexion");

		page.getByLabel("Adresse courriel").fill(adminEmail);
		page.getByLabel("Mot de passe").fill(adminPassword);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
		assertThat(page.locator("h1")).containsText("Bienvenue");
		check("home-fr");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();
		assertThat(page.locator("h1")).containsText("Welcome");
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		check("home-en");

		page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Organisations")).click();
		assertThat(page.locator("h1")).hasText("Organisations");
		check("organisations-en");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Register an organisation")).click();
		check("organisation-form-en");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(page.locator("#error-summary")).containsText("Enter the organisation’s name.");
		check("organisation-form-errors-en");

		var name = Fixtures.unique("Option Femmes Emploi");
		page.getByLabel("Name").fill(name);
		page.getByLabel("Type").selectOption("LEAD_AGENCY");
		page.getByLabel("Website").fill("https://ofe.example");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(page.locator("h1")).hasText(name);
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("The organisation is saved.");
		check("organisation-en");

		page.locator("#sites summary").click();
		page.getByLabel("Site name").fill("Bureau de Gatineau");
		page.getByLabel("City").fill("Gatineau");
		page.getByLabel("Postal code").fill("j8x 2k5");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a site")).click();
		assertThat(page.locator("#sites")).containsText("J8X 2K5");
		check("organisation-with-site-en");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Français")).click();
		assertThat(page.locator("h1")).hasText(name);
		assertThat(page.locator("#sites h2")).hasText("Points de service");
		check("organisation-fr");

		page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK,
				new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Programmes")).click();
		check("programs-fr");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nouveau programme")).click();
		check("program-templates-fr");
		page.getByLabel("Mentorat d’affaires de l’OCISO").check();
		var program = Fixtures.unique("Mentorat d’affaires");
		page.getByLabel("Nom", new Page.GetByLabelOptions().setExact(true)).fill(program);
		page.getByLabel("Organisme responsable").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(name));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nouveau programme")).click();
		assertThat(page.locator("h1")).hasText(program);
		assertThat(page.locator("#criteria")).containsText("Réside en Ontario");
		check("program-fr");
		page.locator("#criteria summary").click();
		check("program-criterion-form-fr");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Modifier les règles")).click();
		check("program-form-fr");

		visit("/participants/new", "participant-form-fr");
		page.getByLabel("Prénom").fill("Amina");
		var lastName = Fixtures.unique("Diallo").replace(" ", "");
		page.getByLabel("Nom de famille").fill(lastName);
		page.getByLabel("Code postal").fill("k1y 2x5");
		page.getByLabel("Langue 1", new Page.GetByLabelOptions().setExact(true)).selectOption("en");
		page.getByLabel("Niveau de la langue 1").fill("6");
		page.getByLabel("Profession visée (CNP)").fill("21231");
		page.locator("#programId").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(program));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();
		assertThat(page.locator("h1")).hasText("Amina " + lastName);
		assertThat(page.locator("#eligibility")).containsText("Anglais au niveau 5 ou plus");
		check("participant-fr");
		visit("/participants?text=" + lastName, "participants-fr");
		assertThat(page.locator("table")).containsText(lastName);

		visit("/imports", "import-upload-fr");
		var csv = java.nio.file.Files.createTempFile("participants", ".csv");
		java.nio.file.Files.writeString(csv, "Prénom,Nom,Courriel\nJosé," + lastName + "-import,jose." + lastName.toLowerCase()
				+ "@example.org\n");
		page.getByLabel("Fichier (CSV ou Excel .xlsx)").setInputFiles(csv);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lire le fichier")).click();
		assertThat(page.locator("h1")).hasText("Ce que contient chaque colonne");
		page.locator("#programId").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(program));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Prévisualiser")).click();
		assertThat(page.locator("#preview-title")).isVisible();
		check("import-preview-fr");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importer la ligne")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("une personne ajoutée");

		visit("/reference?q=ingenieur", "reference-fr");
		assertThat(page.locator("table")).containsText("Ingénieurs civils/ingénieures civiles");

		visit("/users", "users-fr");
		visit("/users/new", "user-form-fr");
		visit("/account", "account-fr");
		visit("/organisations/" + java.util.UUID.randomUUID(), "not-found-fr");
		assertThat(page.locator("h1")).hasText("Page introuvable");

		assertThat(accessibilityViolations).as("serious or critical axe-core violations").isEmpty();
	}

	@Test
	void aReferralGoesFromTheAgencyToAMatchablePersonInFrench() {
		referralJourney(Locale.CANADA_FRENCH);
	}

	@Test
	void aReferralGoesFromTheAgencyToAMatchablePersonInEnglish() {
		referralJourney(Locale.CANADA);
	}

	/**
	 * The partner agency refers a client, the coordinator returns the referral for the English
	 * level, the agency completes the profile and submits again, the coordinator admits, records
	 * the intake checks, and the person shows as ready to be matched; then a newcomer applies on
	 * the public form. Every text is read from the messages of the language walked.
	 */
	void referralJourney(Locale locale) {
		context.close();
		context = browser.newContext(new Browser.NewContextOptions().setLocale(locale.toLanguageTag()).setBypassCSP(true));
		page = context.newPage();
		var suffix = "-" + locale.getLanguage();
		var fixtures = new Fixtures(organisations, users);
		var lead = fixtures.organisation(OrganisationType.LEAD_AGENCY);
		var program = programs.createFromTemplate(Actor.system(), ProgramTemplate.OCISO_CAREER_MENTORING,
				Fixtures.unique("OCISO"), lead);
		var language = org.passerelle.core.Language.of(locale).orElseThrow();
		var coordinator = fixtures.user(Role.COORDINATOR, lead, language);
		programs.assignCoordinators(Actor.system(), program.id(), Set.of(coordinator.id()));
		var agency = fixtures.user(Role.REFERRAL_PARTNER, fixtures.organisation(OrganisationType.REFERRAL_AGENCY),
				language);
		var lastName = Fixtures.unique("Haddad").replace(" ", "");

		signIn(agency.email());
		visit("/referrals/new", "referral-form" + suffix);
		page.locator("#programId").selectOption(program.id().toString());
		page.locator("#firstName").fill("Lina");
		page.locator("#lastName").fill(lastName);
		page.locator("#email").fill(lastName.toLowerCase() + "@example.org");
		page.locator("#postalCode").fill("k1y 2x5");
		page.locator("#immigrationStatus").selectOption("PERMANENT_RESIDENT");
		page.locator("#foreignDiploma").selectOption("true");
		page.locator("#englishLevel").fill("4");
		page.locator("#targetOccupationCode").fill("21231");
		page.locator("input[name=consentToShare][type=checkbox]").check();
		button(text(locale, "referrals.create")).click();
		assertThat(page.locator("h1")).containsText(lastName);
		var referral = page.url();
		check("referral-draft" + suffix);

		// the workshop is not known: submitting names it and keeps the draft
		button(text(locale, "referral.submit")).click();
		assertThat(page.locator("main .alert-warning")).containsText(text(locale, "referral.missing.intro"));
		check("referral-incomplete" + suffix);
		link(text(locale, "referral.completeProfile")).click();
		page.locator("#workshops").fill("job-search");
		button(text(locale, "form.save")).click();
		page.navigate(referral);
		button(text(locale, "referral.submit")).click();
		assertThat(page.locator("main")).containsText(text(locale, "ReferralStatus.SUBMITTED"));
		signOut();

		signIn(coordinator.email());
		page.navigate(referral);
		assertThat(page.locator("#decision-title")).isVisible();
		check("referral-decision" + suffix);
		page.locator("#return-message").fill("CLB 5");
		button(text(locale, "referral.return")).click();
		assertThat(page.locator("main")).containsText(text(locale, "ReferralStatus.RETURNED"));
		signOut();

		signIn(agency.email());
		page.navigate(referral);
		assertThat(page.locator("#returned-title")).isVisible();
		assertThat(page.locator("section.alert-info")).containsText("CLB");
		check("referral-returned" + suffix);
		link(text(locale, "referral.completeProfile")).click();
		page.locator("[id='languages0.level']").fill("5");
		check("participant-edit" + suffix);
		button(text(locale, "form.save")).click();
		page.navigate(referral);
		button(text(locale, "referral.resubmit")).click();
		assertThat(page.locator("main")).containsText(text(locale, "ReferralStatus.SUBMITTED"));
		signOut();

		signIn(coordinator.email());
		page.navigate(referral);
		button(text(locale, "referral.admit")).click();
		assertThat(page.locator("main")).containsText(text(locale, "ReferralStatus.ADMITTED"));
		assertThat(page.locator("table")).containsText(text(locale, "referral.history.resubmitted"));
		check("referral-admitted" + suffix);
		visit("/programs/" + program.id() + "/intake", "intake-blocked" + suffix);
		assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(lastName)))
			.containsText(text(locale, "intake.blocked"));
		link("Lina " + lastName).click();
		for (var step : List.of("INTERVIEW", "ORIENTATION_SESSION")) {
			page.locator("#screening summary").click();
			page.locator("#screening-kind").selectOption(step);
			page.locator("#screening-outcome").selectOption("PASSED");
			button(text(locale, "participant.screening.add")).click();
			assertThat(page.locator("#screening table")).containsText(text(locale, "IntakeStep." + step));
		}
		check("participant-screened" + suffix);
		visit("/programs/" + program.id() + "/intake", "intake-ready" + suffix);
		assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(lastName)))
			.containsText(text(locale, "intake.matchable"));
		visit("/retention", "retention" + suffix);
		signOut();

		visit("/apply", "apply" + suffix);
		page.locator("a[href='/apply/" + programs.openForApplications().stream()
			.filter(open -> open.rules().menteesMayApply()).findFirst().map(open -> open.id().toString())
			.orElse(program.id().toString()) + "?role=MENTOR']").first().click();
		button(text(locale, "application.send")).click();
		assertThat(page.locator("#error-summary")).containsText(text(locale, "application.consent.required"));
		check("apply-errors" + suffix);
		page.locator("#firstName").fill("Karim");
		page.locator("#lastName").fill(lastName + "-mentor");
		page.locator("#email").fill(lastName.toLowerCase() + "-mentor@example.org");
		page.locator("#occupationCode").fill("21231");
		page.locator("#recruitmentSource").selectOption("EVENT_KIOSK");
		page.locator("input[name='consent'][type='checkbox']").check();
		button(text(locale, "application.send")).click();
		assertThat(page.locator("h1")).hasText(text(locale, "application.thanks.title"));
		check("apply-thanks" + suffix);

		assertThat(accessibilityViolations).as("serious or critical axe-core violations").isEmpty();
	}

	/**
	 * A coordinator forms group cohorts, records a connector introduction with its contacts, and the
	 * newcomer's network shows it, with a follow-up recorded by the newcomer — in English.
	 */
	@Test
	void groupCohortsAndConnectorIntroductionsFromThePages() {
		var english = Locale.CANADA;
		context.close();
		context = browser.newContext(new Browser.NewContextOptions().setLocale("en-CA").setBypassCSP(true));
		page = context.newPage();
		var fixtures = new Fixtures(organisations, users);
		var lead = fixtures.organisation(OrganisationType.LEAD_AGENCY);
		var coordinator = fixtures.user(Role.COORDINATOR, lead, org.passerelle.core.Language.EN);
		var group = programs.createFromTemplate(Actor.system(), ProgramTemplate.LMIEC_GROUP, Fixtures.unique("Group"), lead);
		var connector = programs.createFromTemplate(Actor.system(), ProgramTemplate.HALIFAX_CONNECTOR,
				Fixtures.unique("Connector"), lead);
		programs.assignCoordinators(Actor.system(), group.id(), Set.of(coordinator.id()));
		programs.assignCoordinators(Actor.system(), connector.id(), Set.of(coordinator.id()));
		var asCoordinator = new Actor(coordinator.id(), coordinator.email(), Role.COORDINATOR, lead);
		for (int i = 0; i < 9; i++) {
			ready(asCoordinator, group, org.passerelle.program.Audience.MENTEE, "Mentee" + i, "21232", null);
		}
		for (int i = 0; i < 2; i++) {
			ready(asCoordinator, group, org.passerelle.program.Audience.MENTOR, "Mentor" + i, "21231", lead);
		}
		var newcomer = ready(asCoordinator, connector, org.passerelle.program.Audience.MENTEE, "Kofi", "21231", null);
		ready(asCoordinator, connector, org.passerelle.program.Audience.MENTOR, "Grace", "21231", null);
		var newcomerUser = fixtures.user(Role.MENTEE, lead, org.passerelle.core.Language.EN);
		participants.linkAccount(Actor.system(), newcomer, newcomerUser.id());

		signIn(coordinator.email());
		visit("/programs/" + group.id() + "/matching", "group-pool-en");
		link(text(english, "cohort.link")).click();
		button(text(english, "cohort.form")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText(text(english, "cohort.formed", 1));
		assertThat(page.locator("main section.card")).containsText("Mentor0");
		check("cohorts-en");

		visit("/programs/" + connector.id() + "/introductions", "introductions-en");
		page.locator("#newcomer").selectOption(newcomer.toString());
		page.locator("[id='contact0.name']").fill("Ana Silva");
		page.locator("[id='contact0.organisation']").fill("Shopify");
		page.locator("[id='contact1.name']").fill("Ben Roy");
		button(text(english, "introduction.save")).click();
		assertThat(page.locator(".alert-danger")).hasText(text(english, "introduction.contacts.tooFew", 3));
		page.locator("[id='contact0.name']").fill("Ana Silva");
		page.locator("[id='contact1.name']").fill("Ben Roy");
		page.locator("[id='contact2.name']").fill("Chloé Dubé");
		button(text(english, "introduction.save")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText(text(english, "introduction.recorded"));
		check("introduction-recorded-en");
		signOut();

		signIn(newcomerUser.email());
		visit("/my/network", "network-en");
		page.locator("li:has-text('Ana Silva') summary").first().click();
		page.locator("li:has-text('Ana Silva') select[name=outcome]").first().selectOption("JOB_LEAD");
		page.locator("li:has-text('Ana Silva') button[type=submit]").first().click();
		assertThat(page.locator("main")).containsText(text(english, "FollowUpOutcome.JOB_LEAD"));
		check("network-follow-up-en");
		assertThat(accessibilityViolations).as("serious or critical axe-core violations").isEmpty();
	}

	/**
	 * A coordinator reads the results of their program for the current year, with its table and
	 * chart, then asks for an end before the start and is told so — in French.
	 */
	@Test
	void aCoordinatorReadsTheResultsOfTheYearInFrench() {
		var french = Locale.CANADA_FRENCH;
		var fixtures = new Fixtures(organisations, users);
		var lead = fixtures.organisation(OrganisationType.LEAD_AGENCY);
		var coordinator = fixtures.user(Role.COORDINATOR, lead, org.passerelle.core.Language.FR);
		var program = programs.createFromTemplate(Actor.system(), ProgramTemplate.OCISO_CAREER_MENTORING,
				Fixtures.unique("Québec pluriel"), lead);
		programs.assignCoordinators(Actor.system(), program.id(), Set.of(coordinator.id()));
		var asCoordinator = new Actor(coordinator.id(), coordinator.email(), Role.COORDINATOR, lead);
		ready(asCoordinator, program, org.passerelle.program.Audience.MENTOR, "Marc", "21231", null);
		ready(asCoordinator, program, org.passerelle.program.Audience.MENTOR, "Lucie", "21231", null);
		ready(asCoordinator, program, org.passerelle.program.Audience.MENTEE, "Amina", "21231", null);

		signIn(coordinator.email());
		page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK,
				new com.microsoft.playwright.Locator.GetByRoleOptions().setName(text(french, "nav.results"))).click();
		assertThat(page.locator("h1")).hasText(text(french, "reports.results.title"));
		page.getByLabel(program.name()).check();
		button(text(french, "reports.show")).click();
		assertThat(page.locator("#results tbody th")).hasText(program.name());
		assertThat(page.locator("#results tbody td")).hasText(new String[] { "2", "1", "0", "0", "0" });
		assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName(
				java.util.regex.Pattern.compile("^" + text(french, "reports.chart.results"))))).isVisible();
		assertThat(link(text(french, "reports.download.pdf"))).isVisible();
		check("results-fr");
		var wide = page.viewportSize();
		page.setViewportSize(360, 740);
		for (var table : List.of("#results", "#referrals")) {
			var region = page.locator(".table-responsive:has(" + table + ")");
			if (region.count() == 0) {
				continue;
			}
			assertThat(region).hasAttribute("tabindex", "0");
			var regionBox = region.boundingBox();
			var captionBox = page.locator(table + " > caption").boundingBox();
			org.assertj.core.api.Assertions.assertThat(captionBox.x + captionBox.width)
				.as("the caption of %s wraps within its scroll region on a phone", table)
				.isLessThanOrEqualTo(regionBox.x + regionBox.width + 0.5);
		}
		check("results-fr-phone");
		page.setViewportSize(wide.width, wide.height);

		var year = java.time.LocalDate.now(clock).getYear();
		page.locator("#from").fill(year + "-06-01");
		page.locator("#to").fill(year + "-05-01");
		button(text(french, "reports.show")).click();
		assertThat(page.locator("#to-error")).hasText(text(french, "reports.period.reversed"));
		check("results-reversed-dates-fr");
		assertThat(accessibilityViolations).as("serious or critical axe-core violations").isEmpty();
	}

	/** Someone enrolled in a program with every intake step it requires passed. */
	private org.passerelle.participant.ParticipantId ready(Actor coordinator, org.passerelle.program.ProgramView program,
			org.passerelle.program.Audience role, String name, String occupation, org.passerelle.core.OrganisationId employer) {
		var details = new org.passerelle.participant.ParticipantDetails(name, Fixtures.unique("P").replace(" ", ""),
				null, "613 555-0100", null, org.passerelle.core.Language.EN, null, null, null, null,
				java.util.List.of(new org.passerelle.participant.LanguageSkill("en", 9)),
				role == org.passerelle.program.Audience.MENTOR ? occupation : null,
				role == org.passerelle.program.Audience.MENTEE ? occupation : null, null, null, null, null, null, null,
				null, null, null, null, null, Set.of(), true, Set.of(), null, employer, null, null, null,
				role == org.passerelle.program.Audience.MENTOR ? 5 : null, null, null);
		var id = participants.register(coordinator, details, new org.passerelle.participant.ParticipantManagement.Enrolment(
				program.id(), role, org.passerelle.participant.ParticipationStatus.ENROLLED), true).id();
		for (var step : program.intakeFor(role)) {
			participants.recordScreening(coordinator, id, step, java.time.LocalDate.now(clock).minusDays(1),
					org.passerelle.participant.ScreeningOutcome.PASSED, null, program.id());
		}
		return id;
	}

	@Test
	void theKeyboardReachesTheMainContentFirstAndFocusIsVisible() {
		page.navigate(url("/login"));
		page.keyboard().press("Tab");
		var focused = page.evaluate("() => document.activeElement.textContent.trim()");
		assertThat(focused).isEqualTo("Aller au contenu principal");
		var outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle");
		assertThat(outline).isNotEqualTo("none");
		page.keyboard().press("Enter");
		assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("main");

		page.keyboard().press("Tab");
		assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("email");
		assertThat(page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")).isNotEqualTo("none");
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("keyboard-focus.png")));
	}

	@Autowired
	org.passerelle.activity.Activities activities;

	/**
	 * A coordinator schedules a workshop from the form, invites the program's mentees and takes the
	 * attendance of a session already held; the mentee answers from the event's page — in English.
	 */
	@Test
	void eventsAreScheduledAnsweredAndTheirAttendanceTakenFromThePages() {
		var english = Locale.CANADA;
		context.close();
		context = browser.newContext(new Browser.NewContextOptions().setLocale("en-CA").setBypassCSP(true));
		page = context.newPage();
		var fixtures = new Fixtures(organisations, users);
		var lead = fixtures.organisation(OrganisationType.LEAD_AGENCY);
		var coordinator = fixtures.user(Role.COORDINATOR, lead, org.passerelle.core.Language.EN);
		var program = programs.createFromTemplate(Actor.system(), ProgramTemplate.CSCPQ_PLACEMENT,
				Fixtures.unique("Placement"), lead);
		programs.assignCoordinators(Actor.system(), program.id(), Set.of(coordinator.id()));
		var asCoordinator = new Actor(coordinator.id(), coordinator.email(), Role.COORDINATOR, lead);
		var last = Fixtures.unique("Diallo").replace(" ", "");
		var mentee = participants.register(asCoordinator,
				org.passerelle.participant.ParticipantDetails.named("Amina", last, last.toLowerCase() + "@example.org"),
				new org.passerelle.participant.ParticipantManagement.Enrolment(program.id(),
						org.passerelle.program.Audience.MENTEE, org.passerelle.participant.ParticipationStatus.ENROLLED),
				true).id();
		var menteeUser = fixtures.user(Role.MENTEE, lead, org.passerelle.core.Language.EN);
		participants.linkAccount(Actor.system(), mentee, menteeUser.id());
		var held = activities.schedule(asCoordinator, program.id(),
				new org.passerelle.activity.ActivityDetails(org.passerelle.activity.ActivityKind.PEER_SUPPORT,
						"Peer support", null, java.time.LocalDate.now(clock).minusDays(2).atTime(13, 30), 90, null, null,
						null, null));
		activities.invite(asCoordinator, held.id(), held.version(), Set.of(org.passerelle.program.Audience.MENTEE),
				List.of());

		signIn(coordinator.email());
		visit("/activities/new", "activity-new-en");
		page.locator("#programId").selectOption(program.id().toString());
		page.locator("#kind").selectOption("WORKSHOP");
		page.locator("#title").fill("Résumé workshop");
		page.locator("#date").fill(java.time.LocalDate.now(clock).plusDays(8).toString());
		page.locator("#startTime").fill("18:00");
		page.locator("#endTime").fill("19:30");
		button(text(english, "activity.schedule")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText(text(english, "activity.scheduled"));
		var workshop = page.url();
		page.getByLabel(text(english, "Audience.MENTEE"), new Page.GetByLabelOptions().setExact(true)).check();
		button(text(english, "activity.invite.save")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText(text(english, "activity.invited"));
		check("activity-invited-en");
		visit("/activities", "activities-en");
		assertThat(page.locator("main table tbody tr").first()).containsText("Résumé workshop");

		visit("/activities/" + held.id(), "activity-attendance-sheet-en");
		page.locator("input[name='attendance-" + mentee + "'][value=EXCUSED]").check();
		button(text(english, "activity.attendance.save")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText(text(english, "activity.attendance.taken"));
		assertThat(page.locator("#activity-status")).hasText(text(english, "ActivityStatus.HELD"));
		signOut();

		signIn(menteeUser.email());
		page.navigate(workshop);
		check("activity-invitation-en");
		page.getByLabel(text(english, "InvitationAnswer.ATTENDING"), new Page.GetByLabelOptions().setExact(true)).check();
		button(text(english, "activity.answer.save")).click();
		assertThat(page.locator("#my-answer")).hasText(text(english, "activity.yourAnswer",
				text(english, "InvitationAnswer.ATTENDING")));
		check("activity-answered-en");
		assertThat(accessibilityViolations).as("serious or critical axe-core violations").isEmpty();
	}
}
