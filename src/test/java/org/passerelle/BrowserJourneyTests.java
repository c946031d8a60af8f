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
import java.util.Map;

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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The paths people walk, in Debian's Chromium driven by Playwright: sign in, switch language,
 * register an organisation; axe-core checks every page visited for WCAG 2.2 AA. Screenshots go
 * to {@code target/screenshots}. Without Chromium the test is skipped, unless
 * {@code PASSERELLE_REQUIRE_BROWSER} is set (as CI does), where it fails.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BrowserJourneyTests {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path SCREENSHOTS = Path.of("target/screenshots");

	static Playwright playwright;

	static Browser browser;

	static String axe;

	@LocalServerPort
	int port;

	@Value("${passerelle.admin.email}")
	String adminEmail;

	@Value("${passerelle.admin.password}")
	String adminPassword;

	BrowserContext context;

	Page page;

	final List<String> accessibilityViolations = new ArrayList<>();

	@BeforeAll
	static void launchBrowser() throws IOException {
		if (!Files.isExecutable(CHROMIUM)) {
			if (System.getenv("PASSERELLE_REQUIRE_BROWSER") != null) {
				fail("Chromium is required at " + CHROMIUM + " (apt-get install -y chromium)");
			}
			assumeTrue(false, "Chromium is not installed at " + CHROMIUM + ": browser tests skipped");
		}
		playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
		try (var script = BrowserJourneyTests.class
			.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
			axe = new String(script.readAllBytes(), StandardCharsets.UTF_8);
		}
		Files.createDirectories(SCREENSHOTS);
	}

	@AfterAll
	static void closeBrowser() {
		if (playwright != null) {
			playwright.close();
		}
	}

	@BeforeEach
	void openPage() {
		// axe is injected as an inline script, which the pages' Content-Security-Policy forbids
		context = browser.newContext(new Browser.NewContextOptions().setLocale("fr-CA").setBypassCSP(true));
		page = context.newPage();
	}

	@AfterEach
	void closePage() {
		context.close();
	}

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
		page.getByLabel("Type").selectOption("REFERRAL_AGENCY");
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
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importer les 1 lignes")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("1 ajoutées");

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

	private void visit(String path, String name) {
		page.navigate(url(path));
		check(name);
	}

	/** Screenshot, then axe-core on the page as it is now. */
	@SuppressWarnings("unchecked")
	private void check(String name) {
		page.waitForLoadState();
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
		page.addScriptTag(new Page.AddScriptTagOptions().setContent(axe));
		var violations = (List<String>) page.evaluate("""
				async () => {
				  const result = await axe.run(document, { runOnly: { type: 'tag',
				      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
				  return result.violations
				    .filter(v => v.impact === 'serious' || v.impact === 'critical')
				    .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', '));
				}""");
		violations.forEach(violation -> accessibilityViolations.add(name + " - " + violation));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
