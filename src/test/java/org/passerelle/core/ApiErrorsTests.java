package org.passerelle.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.identity.Actor;
import org.passerelle.identity.ApiTokens;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserManagement;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every route of the OpenAPI document answers its errors as RFC 9457 problem details whose
 * {@code status} is the response's: without credentials, for a role without access, for an unknown
 * or malformed id, with a method, a content type or an {@code Accept} it does not serve — never
 * Spring's default JSON, an empty body, a page or a 500.
 */
@IntegrationTest
class ApiErrorsTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	ApiTokens tokens;

	String admin;

	String mentee;

	final List<String> failures = new ArrayList<>();

	@BeforeEach
	void setUp() {
		var fixtures = new Fixtures(organisations, users);
		var lead = fixtures.organisation(OrganisationType.LEAD_AGENCY);
		admin = token(fixtures.user(Role.ADMIN, lead).id());
		mentee = token(fixtures.user(Role.MENTEE, lead).id());
	}

	private String token(org.passerelle.identity.UserId user) {
		return "Bearer " + tokens.issue(Actor.system(), user, "errors").token();
	}

	@Test
	void everyRouteAnswersItsErrorsAsProblemDetails() throws Exception {
		var operations = ApiDocument.read(mvc).operations();
		assertThat(operations).hasSizeGreaterThan(100);
		for (var operation : operations) {
			if (operation.path().startsWith("/api/test/")) {
				continue; // the failing routes of the tests themselves
			}
			var unknown = operation.path(ApiErrorsTests::unknownId);
			// the same with the first of the values a path parameter lists (a template's name)
			var shaped = operation.path(schema -> schema.has("enum") ? schema.get("enum").get(0).asString()
					: unknownId(schema));
			// an invitation's link that names none is gone (410), as in the e-mail's page
			var gone = publicRoute(operation) && (operation.path().startsWith("/api/invitations/")
					|| operation.path().startsWith("/api/answers/")) ? 410 : 404;
			check(operation, "without credentials", send(operation, unknown, null, null), publicRoute(operation) ? null
					: new int[] { 401 });
			check(operation, "as a mentee", send(operation, unknown, mentee, null), null);
			check(operation, "with unknown ids", send(operation, unknown, admin, null),
					operation.hasPathParameters() ? new int[] { 400, gone, 409, 422 } : null);
			if (operation.path(schema -> "abc").contains("abc")) {
				check(operation, "with a malformed id", send(operation, operation.path(schema -> "abc"), admin, null),
						new int[] { 400, gone });
			}
			var missing = operation.missingMethod();
			if (missing != null) {
				check(operation, "with the method " + missing,
						mvc.perform(request(HttpMethod.valueOf(missing), shaped).header("Authorization", admin)).andReturn(),
						new int[] { 405 });
			}
			if (operation.bodyType() != null) {
				check(operation, "with a text body",
						mvc.perform(request(HttpMethod.valueOf(operation.method()), shaped).header("Authorization", admin)
							.contentType(MediaType.TEXT_PLAIN)
							.content("text")).andReturn(),
						new int[] { 415 });
			}
			// a route that reaches its answer answers 406; one whose format its query names (csv, xlsx) is exempt
			var reaches = !operation.hasPathParameters() && !operation.writes() && !outOfTheAdministratorsReach(operation.path())
					&& operation.parameters("query").stream().noneMatch(
							parameter -> parameter.path("required").asBoolean() || parameter.path("name").asString().equals("format"));
			check(operation, "accepting only images", send(operation, unknown, admin, "image/png"),
					reaches ? new int[] { 406 } : null);
		}
		assertThat(failures).as("%d answers that are not problem details:%n%s", failures.size(),
				String.join("\n", failures)).isEmpty();
	}

	@Test
	void pathIdsThatControllersTakeAsTypedIdsAreDocumentedAsUuids() throws Exception {
		var operations = ApiDocument.read(mvc).operations();
		for (var path : List.of("/api/programs/{id}", "/api/participants/{id}", "/api/mentorships/{id}",
				"/api/organisations/{id}", "/api/referrals/{id}")) {
			var operation = operations.stream()
				.filter(candidate -> candidate.path().equals(path) && candidate.method().equals("GET"))
				.findFirst()
				.orElseThrow();
			var schema = operation.document().resolve(operation.parameters("path").getFirst().get("schema"));
			assertThat(schema.path("type").asString()).as(path).isEqualTo("string");
			assertThat(schema.path("format").asString()).as(path).isEqualTo("uuid");
		}
	}

	@Test
	void anAddressOfTheApiThatNamesNoRouteIsAProblem() throws Exception {
		var result = mvc.perform(request(HttpMethod.GET, "/api/nothing-here").header("Authorization", admin)
			.header("Accept-Language", "fr")).andReturn();
		check(ApiDocument.read(mvc).operations().getFirst(), "at an unknown address", result, new int[] { 404 });
		var put = mvc.perform(request(HttpMethod.PATCH, "/api/organisations").header("Authorization", admin)
			.header("Accept-Language", "fr")).andReturn();
		check(ApiDocument.read(mvc).operations().getFirst(), "with the method PATCH", put, new int[] { 405 });
		assertThat(failures).isEmpty();
		assertThat(put.getResponse().getHeader("Allow")).contains("GET", "POST");
		assertThat(json.readTree(put.getResponse().getContentAsString()).get("detail").asString())
			.startsWith("La méthode PATCH ne s’applique pas à cette adresse ; elle accepte :");
	}

	private MvcResult send(ApiDocument.Operation operation, String path, String authorization, String accept)
			throws Exception {
		AbstractMockHttpServletRequestBuilder<?> request;
		var bodyType = operation.bodyType();
		if (bodyType != null && bodyType.startsWith("multipart/")) {
			var upload = multipart(HttpMethod.valueOf(operation.method()), path);
			var schema = operation.bodySchema();
			if (schema != null && schema.has("properties")) {
				for (var property : schema.get("properties").properties()) {
					upload.file(new MockMultipartFile(property.getKey(), "junk.bin", "application/octet-stream",
							new byte[] { 0, 1, 2, 3 }));
				}
			}
			request = upload;
		}
		else {
			request = request(HttpMethod.valueOf(operation.method()), path);
			if (bodyType != null) {
				request.contentType(MediaType.APPLICATION_JSON).content("{}");
			}
		}
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		if (accept != null) {
			request.header("Accept", accept);
		}
		return mvc.perform(request.header("Accept-Language", "en")).andReturn();
	}

	private void check(ApiDocument.Operation operation, String situation, MvcResult result, int[] expected)
			throws Exception {
		var response = result.getResponse();
		int status = response.getStatus();
		var what = operation + " " + situation + " → " + status + " " + response.getContentType() + " "
				+ abbreviate(response.getContentAsString());
		if (expected != null && Arrays.stream(expected).noneMatch(code -> code == status)) {
			failures.add(what + " (expected " + Arrays.toString(expected) + ")");
			return;
		}
		if (status < 400) {
			return;
		}
		if (status >= 500) {
			failures.add(what);
			return;
		}
		if (response.getContentType() == null || !response.getContentType().startsWith("application/problem+json")) {
			failures.add(what);
			return;
		}
		JsonNode body = json.readTree(response.getContentAsString());
		if (body.path("status").asInt() != status || body.path("title").asString("").isBlank()) {
			failures.add(what + " (the problem's status or title)");
		}
	}

	/**
	 * Routes the administrator cannot reach, refused before their format is: the audit trail is the
	 * privacy officer's alone (403); a person's own consents need a participant record (404).
	 */
	private static boolean outOfTheAdministratorsReach(String path) {
		return path.startsWith("/api/privacy/audit") || path.equals("/api/account/consents");
	}

	private static boolean publicRoute(ApiDocument.Operation operation) {
		var path = operation.path();
		return path.startsWith("/api/applications") || path.matches("/api/certificates/\\{[^/]+}")
				|| path.equals("/api/password/forgot") || path.equals("/api/password/reset")
				|| path.startsWith("/api/answers/") || path.equals("/api/privacy/notice")
				|| (path.matches("/api/invitations/\\{[^/]+}")
						&& (operation.method().equals("GET") || operation.method().equals("POST")));
	}

	/** An id that names nothing: a random UUID, a large number, or an unknown word. */
	static String unknownId(JsonNode schema) {
		if (schema == null) {
			return "unknown";
		}
		var type = schema.path("type").asString("");
		if (type.equals("integer") || type.equals("number")) {
			return "2147483000";
		}
		if (schema.path("format").asString("").equals("uuid")) {
			return UUID.randomUUID().toString();
		}
		return "unknown" + UUID.randomUUID().toString().substring(0, 4);
	}

	private static String abbreviate(String text) {
		var line = text.replaceAll("\\s+", " ");
		return line.length() > 200 ? line.substring(0, 200) + "…" : line;
	}
}
