package org.passerelle;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * What browser tests share: Debian's Chromium driven by Playwright, a fresh context per test,
 * axe-core run on every page checked, screenshots in {@code target/screenshots}. Without
 * Chromium the tests are skipped, unless {@code PASSERELLE_REQUIRE_BROWSER} is set (as CI does),
 * where they fail. They run in the application every {@link IntegrationTest} shares, over HTTP on
 * its random port.
 */
@IntegrationTest
public abstract class BrowserTest {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path SCREENSHOTS = Path.of("target/screenshots");

	static Playwright playwright;

	static Browser browser;

	static String axe;

	@LocalServerPort
	protected int port;

	@Autowired
	protected MessageSource messages;

	protected BrowserContext context;

	protected Page page;

	protected final List<String> accessibilityViolations = new ArrayList<>();

	/** The impacts of axe-core's findings that count as violations: serious and critical unless a test asks for more. */
	protected List<String> countedImpacts = List.of("serious", "critical");

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
		try (var script = BrowserTest.class
			.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
			axe = new String(script.readAllBytes(), StandardCharsets.UTF_8);
		}
		Files.createDirectories(SCREENSHOTS);
		// two cores running the whole suite: a page may take longer than Playwright's 5 s to answer
		com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
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
		context.setDefaultTimeout(30_000);
		page = context.newPage();
	}

	@AfterEach
	void closePage() {
		context.close();
	}

	protected void visit(String path, String name) {
		page.navigate(url(path));
		check(name);
	}

	/** Screenshot, then axe-core on the page as it is now. */
	@SuppressWarnings("unchecked")
	protected void check(String name) {
		page.waitForLoadState();
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
		page.addScriptTag(new Page.AddScriptTagOptions().setContent(axe));
		var violations = (List<String>) page.evaluate("""
				async (impacts) => {
				  const result = await axe.run(document, { runOnly: { type: 'tag',
				      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
				  return result.violations
				    .filter(v => impacts.includes(v.impact))
				    .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', '));
				}""", countedImpacts);
		violations.forEach(violation -> accessibilityViolations.add(name + " - " + violation));
	}

	/** A fresh browser context whose language is the locale's (the {@code Accept-Language} it sends). */
	protected void useLocale(Locale locale) {
		context.close();
		context = browser.newContext(new Browser.NewContextOptions().setLocale(locale.toLanguageTag()).setBypassCSP(true));
		context.setDefaultTimeout(30_000);
		page = context.newPage();
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	protected void signIn(String email) {
		signIn(email, Fixtures.PASSWORD);
	}

	protected void signIn(String email, String password) {
		page.navigate(url("/login"));
		page.locator("#email").fill(email);
		page.locator("#password").fill(password);
		page.locator("main form button[type=submit]").click();
		assertThat(page.locator("header form[action='/logout']")).isVisible();
	}

	protected void signOut() {
		page.locator("header form[action='/logout'] button").click();
		assertThat(page.locator("#email")).isVisible();
	}

	protected com.microsoft.playwright.Locator button(String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	protected com.microsoft.playwright.Locator link(String name) {
		return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	protected String text(Locale locale, String code, Object... arguments) {
		return messages.getMessage(code, arguments, locale);
	}

}
