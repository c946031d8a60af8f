package org.passerelle.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.passerelle.IntegrationTest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Files up to the documented 5 MB are read; a larger one is refused with a clear answer naming the
 * limit — problem details from the API, a page in the reader's language — over real HTTP, where
 * the server's own limits apply (MockMvc would bypass them).
 */
@IntegrationTest
class UploadLimitTests {

	static final int MEGABYTE = 1024 * 1024;

	@LocalServerPort
	int port;

	@Value("${passerelle.admin.email}")
	String admin;

	@Value("${passerelle.admin.password}")
	String password;

	@Test
	void theApiReadsAFileOfFourMegabytesAndRefusesOneOfSixNamingTheLimit() throws Exception {
		var http = HttpClient.newHttpClient();
		var accepted = http.send(upload("/api/imports", csv(4 * MEGABYTE), null).header("Authorization", basic()).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(accepted.statusCode()).as(accepted.body()).isNotIn(413, 500);

		var refused = http.send(upload("/api/imports", csv(6 * MEGABYTE), null).header("Authorization", basic())
			.header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(refused.body()).contains("Passerelle accepts files of 5 MB at most; nothing was saved.");
	}

	@Test
	void aPageSendingAFileTooLargeSaysSoInTheReadersLanguage() throws Exception {
		var http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
			.build();
		var login = http.send(HttpRequest.newBuilder(url("/login")).build(), HttpResponse.BodyHandlers.ofString());
		var signIn = http.send(HttpRequest.newBuilder(url("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("email=" + admin + "&password=" + password + "&_csrf="
					+ csrf(login.body())))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signIn.statusCode()).isEqualTo(302);
		var form = http.send(HttpRequest.newBuilder(url("/imports")).header("Accept-Language", "fr").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(form.statusCode()).isEqualTo(200);

		var refused = http.send(upload("/imports", csv(6 * MEGABYTE), csrf(form.body())).header("Accept-Language", "fr")
			.header("Accept", "text/html").header("Referer", url("/imports").toString()).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(refused.body()).contains("Ce fichier est trop volumineux", "5 Mo au plus");
	}

	private HttpRequest.Builder upload(String path, byte[] content, String csrf) {
		var boundary = "passerelle-" + System.nanoTime();
		var body = new ByteArrayOutputStream();
		var head = new StringBuilder();
		if (csrf != null) {
			head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n")
				.append(csrf).append("\r\n");
		}
		head.append("--").append(boundary)
			.append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"people.csv\"\r\n")
			.append("Content-Type: text/csv\r\n\r\n");
		body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		var request = HttpRequest.newBuilder(url(csrf == null ? path : path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
		return request;
	}

	private static byte[] csv(int size) {
		var text = new StringBuilder("first_name,last_name,email\n");
		int row = 0;
		while (text.length() < size) {
			text.append("Awa,Diallo").append(row).append(",awa").append(row++).append("@example.org\n");
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String csrf(String page) {
		var matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
		return matcher.group(1);
	}

	private String basic() {
		return "Basic " + Base64.getEncoder().encodeToString((admin + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + port + path);
	}
}
