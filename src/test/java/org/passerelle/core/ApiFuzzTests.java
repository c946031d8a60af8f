package org.passerelle.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.passerelle.Eventually;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.evaluation.EmploymentFollowUps;
import org.passerelle.evaluation.QuestionnaireAnswers;
import org.passerelle.evaluation.QuestionnaireSchedule;
import org.passerelle.evaluation.QuestionnaireTemplate;
import org.passerelle.evaluation.Questionnaires;
import org.passerelle.identity.Actor;
import org.passerelle.identity.ApiTokens;
import org.passerelle.identity.Role;
import org.passerelle.identity.UserId;
import org.passerelle.identity.UserManagement;
import org.passerelle.matching.MatchingFixtures;
import org.passerelle.matching.MentoringAgreements;
import org.passerelle.matching.Proposals;
import org.passerelle.mentorship.ClosureReason;
import org.passerelle.mentorship.EmploymentStatus;
import org.passerelle.mentorship.MentorshipManagement;
import org.passerelle.mentorship.Pair;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.organisation.OrganisationType;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramRules;
import org.passerelle.program.ProgramTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends malformed bodies, derived from each request schema of the OpenAPI document, to every write
 * operation — wrong types, missing fields, nulls, huge and control-character texts, impossible
 * dates, extreme numbers, unknown choices, nested garbage, broken JSON, junk files — as an
 * administrator and as a coordinator, and fails on any 5xx. The generator is seeded (the seed is
 * printed; {@code -Dfuzz.seed=N} replays a run).
 */
@IntegrationTest
class ApiFuzzTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final JsonNodeFactory nodes = JsonNodeFactory.instance;

	/** Literals that JSON cannot write as values, spliced in as text. */
	private static final String RAW = "\u0001raw:";

	private static final List<String> DATES = List.of("0000-00-00", "9999-12-31T25:00", "+1000000000-01-01",
			"+999999999-12-31", "-999999999-01-01", "0001-01-01", "9999-12-31", "2026-02-30", "2026-13-01", "",
			"yesterday", "1970-01-01T00:00:00Z", "+10000-01-01T00:00:00Z", "-0001-01-01T00:00:00Z");

	private static final List<String> NUMBERS = List.of("NaN", "Infinity", "-Infinity", "1e400", "-1e400",
			"9223372036854775808", "-9223372036854775809", "2147483648", "-2147483649", "-1", "0", "1.5", "1e-400",
			"99999999999999999999999999999999");

	/** Operations the fuzzer leaves alone: they take no input and act on the whole installation. */
	private static final Set<String> LEFT_ALONE = Set.of("POST /api/retention/run");

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	ProgramManagement programs;

	@Autowired
	ApiTokens tokens;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	Proposals proposals;

	@Autowired
	MentoringAgreements agreements;

	@Autowired
	MentorshipManagement mentorships;

	@Autowired
	Questionnaires questionnaires;

	@Autowired
	QuestionnaireAnswers answers;

	@Autowired
	QuestionnaireSchedule schedule;

	@Autowired
	EmploymentFollowUps followUps;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	java.time.Clock clock;

	Random random;

	/** The OpenAPI document whose schemas the bodies follow. */
	ApiDocument document;

	Map<String, String> realIds;

	int sent;

	final List<String> failures = new ArrayList<>();

	/** Refusals of evaluation's routes that are not RFC 9457 problem details. */
	final List<String> notProblems = new ArrayList<>();

	/** Whether an operation is one of evaluation's: follow-ups, employment history, questionnaires, answer links. */
	private static boolean evaluation(ApiDocument.Operation operation) {
		var path = operation.path();
		return path.contains("follow-up") || path.contains("questionnaire") || path.startsWith("/api/answers/")
				|| path.endsWith("/employment-history") || path.endsWith("/career-steps")
				|| path.endsWith("/academic-admissions");
	}

	@Test
	void noMalformedBodySentToAnyWriteOperationAnswersA5xx() throws Exception {
		long seed = Long.getLong("fuzz.seed", 20_261_207L);
		System.out.println("API fuzz seed: " + seed + " (replay with -Dfuzz.seed=" + seed + ")");
		random = new Random(seed);
		var fixtures = new Fixtures(organisations, users);
		var lead = fixtures.organisation(OrganisationType.LEAD_AGENCY);
		var program = programs.createFromTemplate(Actor.system(), ProgramTemplate.OCISO_CAREER_MENTORING,
				Fixtures.unique("Fuzz"), lead);
		var coordinatorAccount = fixtures.user(Role.COORDINATOR, lead);
		programs.assignCoordinators(Actor.system(), program.id(), Set.of(coordinatorAccount.id()));
		var accounts = Map.of("administrator", token(fixtures.user(Role.ADMIN, lead).id()), "coordinator",
				token(coordinatorAccount.id()));
		var person = json.readTree(mvc.perform(request(HttpMethod.POST, "/api/participants")
			.header("Authorization", accounts.get("administrator"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"firstName\": \"Fuzz\", \"lastName\": \"%s\", \"programId\": \"%s\", \"role\": \"MENTEE\"}"
				.formatted(Fixtures.unique("Person").replace(" ", ""), program.id().value())))
			.andReturn().getResponse().getContentAsString());
		assertThat(person.has("id")).as(person.toString()).isTrue();
		// a closed pair of another program the coordinator also coordinates: its employment follow-ups,
		// and the requests of a questionnaire asked at closure, with a link to answer one
		var pairing = MatchingFixtures.create(fixtures, programs, participants, MatchingFixtures.weights(100, 0, 0, 0),
				ProgramRules.builder().build(), Set.of(Language.FR, Language.EN));
		var pair = Pair.agreed(pairing, proposals, agreements, mentorships, LocalDate.now(clock));
		programs.assignCoordinators(Actor.system(), pairing.program().id(),
				Set.of(coordinatorAccount.id(), pairing.coordinator().userId()));
		var questionnaire = questionnaires.createFromTemplate(pairing.coordinator(), pairing.program().id(),
				QuestionnaireTemplate.CLOSURE_EFFECTIVE_PRACTICE);
		Eventually.value(() -> jdbc.sql("select count(*) from questionnaire_pairing where mentee_id = ?")
			.param(pair.mentee().value()).query(Long.class).single(), count -> count == 1);
		var closing = mentorships.find(pair.coordinator(), pair.mentorship());
		mentorships.close(pair.coordinator(), pair.mentorship(), closing.version(), ClosureReason.EMPLOYED,
				EmploymentStatus.EMPLOYED_OTHER, false, LocalDate.now(clock), null);
		var followUp = Eventually.value(() -> followUps.ofProgram(pair.coordinator(), pairing.program().id()).followUps(),
				planned -> !planned.isEmpty()).getFirst();
		Eventually.value(() -> jdbc.sql("select count(*) from questionnaire_pairing where mentee_id = ? and closed_on is not null")
			.param(pair.mentee().value()).query(Long.class).single(), count -> count == 1);
		schedule.send();
		var request = answers.requests(pair.coordinator(), questionnaire.id()).getFirst();
		// the first path id of these routes names something that exists, so that bodies reach the services
		realIds = Map.of("/api/programs/{id}", program.id().value().toString(), "/api/programs/{program}",
				pairing.program().id().value().toString(), "/api/organisations/{id}", lead.toString(),
				"/api/participants/{id}", person.get("id").asString(), "/api/questionnaires/{id}",
				questionnaire.id().value().toString(), "/api/questionnaire-requests/{id}", request.id().value().toString(),
				"/api/follow-ups/{id}", followUp.id().toString(), "/api/answers/questionnaires/{token}",
				answers.link(request.id()));

		var started = System.nanoTime();
		document = ApiDocument.read(mvc);
		var operations = document.operations().stream()
			.filter(ApiDocument.Operation::writes)
			.filter(operation -> !operation.path().startsWith("/api/test/") && !LEFT_ALONE.contains(operation.toString()))
			.toList();
		for (var operation : operations) {
			for (var account : accounts.entrySet()) {
				fuzz(operation, account.getKey(), account.getValue());
			}
		}
		var duration = Duration.ofNanos(System.nanoTime() - started);
		System.out.printf("API fuzz: seed %d, %d requests to %d write operations in %d s, %d answered 5xx%n", seed, sent,
				operations.size(), duration.toSeconds(), failures.size());
		assertThat(operations).hasSizeGreaterThan(50);
		assertThat(sent).isGreaterThanOrEqualTo(3_000);
		assertThat(failures).as("seed %d: %d requests answered 5xx:%n%s", seed, failures.size(),
				String.join("\n", failures)).isEmpty();
		assertThat(notProblems).as("seed %d: %d refusals of evaluation's routes without problem details:%n%s", seed,
				notProblems.size(), String.join("\n", notProblems)).isEmpty();
	}

	private void fuzz(ApiDocument.Operation operation, String who, String authorization) throws Exception {
		var type = operation.bodyType();
		var schema = operation.bodySchema();
		if (type != null && type.startsWith("multipart/")) {
			for (int i = 0; i < 10; i++) {
				sendFiles(operation, who, authorization, schema, i);
			}
			return;
		}
		List<String> bodies = new ArrayList<>();
		// broken or misshapen documents: nine of them, drawn for each operation and account
		List<String> shapes = new ArrayList<>(List.of("", "{", "{\"a\":", "[]", "[{}]", "null", "\"text\"", "42", "{}",
				"{\"\u0000\":1}", "{\"a\":" + "[".repeat(2_000) + "]".repeat(2_000) + "}", "\uFEFF{}", "{} {}",
				"{'single': 'quotes'}"));
		java.util.Collections.shuffle(shapes, random);
		bodies.addAll(shapes.subList(0, 9));
		if (schema != null) {
			var properties = properties(schema);
			var base = sample(schema, 0);
			if (base instanceof ObjectNode object) {
				bodies.add(write(object));
				for (var required : schema.path("required")) {
					var missing = object.deepCopy();
					missing.remove(required.asString());
					bodies.add(write(missing));
				}
				for (var property : properties) {
					var propertySchema = operation.document().resolve(schema.get("properties").get(property));
					for (int i = 0; i < 2; i++) {
						var changed = object.deepCopy();
						changed.set(property, garbage(operation.document(), propertySchema));
						bodies.add(write(changed));
					}
				}
				// a few changes at once, nested garbage included
				for (int i = 0; i < 4 && !properties.isEmpty(); i++) {
					var changed = object.deepCopy();
					for (int j = 0; j < 3; j++) {
						var property = properties.get(random.nextInt(properties.size()));
						changed.set(property, garbage(operation.document(),
								operation.document().resolve(schema.get("properties").get(property))));
					}
					changed.set("unknown" + random.nextInt(100), garbageNode(3));
					bodies.add(write(changed));
				}
			}
			else {
				for (int i = 0; i < 8; i++) {
					bodies.add(write(garbage(operation.document(), schema)));
				}
			}
		}
		for (var body : bodies) {
			sendJson(operation, who, authorization, body);
		}
	}

	private void sendJson(ApiDocument.Operation operation, String who, String authorization, String body)
			throws Exception {
		var request = request(HttpMethod.valueOf(operation.method()), path(operation))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.getBytes(StandardCharsets.UTF_8));
		send(operation, who, authorization, request, body);
	}

	private void sendFiles(ApiDocument.Operation operation, String who, String authorization, JsonNode schema,
			int variant) throws Exception {
		var upload = multipart(HttpMethod.valueOf(operation.method()), path(operation));
		var described = new StringBuilder();
		if (schema != null && schema.has("properties")) {
			for (var property : schema.get("properties").properties()) {
				var binary = property.getValue().path("format").asString("").equals("binary")
						|| property.getValue().path("items").path("format").asString("").equals("binary");
				if (binary) {
					var content = junkFile(variant);
					var name = variant == 9 ? "other" : property.getKey();
					upload.file(new MockMultipartFile(name, junkName(variant), junkType(variant), content));
					described.append(name).append("=file#").append(variant).append(" (").append(content.length).append(" bytes) ");
				}
				else {
					var value = variant % 2 == 0 ? "a\u0000b" : garbageText(property.getValue());
					upload.param(property.getKey(), value);
					described.append(property.getKey()).append('=').append(abbreviate(value)).append(' ');
				}
			}
		}
		send(operation, who, authorization, upload, described.toString());
	}

	private void send(ApiDocument.Operation operation, String who, String authorization,
			AbstractMockHttpServletRequestBuilder<?> request, String body) {
		sent++;
		request.header("Authorization", authorization).header("Accept-Language", random.nextBoolean() ? "fr" : "en");
		try {
			var response = mvc.perform(request).andReturn().getResponse();
			var type = response.getContentType();
			if (response.getStatus() >= 400 && response.getStatus() < 500 && evaluation(operation)
					&& (type == null || !type.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE))) {
				notProblems.add("%s as %s, body %s → %d %s %s".formatted(operation, who, abbreviate(body),
						response.getStatus(), type, abbreviate(response.getContentAsString())));
			}
			if (response.getStatus() >= 500) {
				failures.add("%s as %s, body %s → %d %s".formatted(operation, who, abbreviate(body), response.getStatus(),
						abbreviate(response.getContentAsString())));
			}
		}
		catch (Exception ex) {
			failures.add("%s as %s, body %s → thrown %s".formatted(operation, who, abbreviate(body), ex));
		}
	}

	private String path(ApiDocument.Operation operation) {
		var filled = operation.path(schema -> schema != null && schema.path("type").asString("").equals("integer")
				? Long.toString(random.nextLong(1, Long.MAX_VALUE)) : UUID.randomUUID().toString());
		var real = realIds.entrySet().stream().filter(known -> operation.path().startsWith(known.getKey())).findFirst();
		if (real.isEmpty() || random.nextInt(4) == 0) {
			return filled;
		}
		// the id right after the prefix is the known one
		var prefix = real.get().getKey().replaceAll("\\{[^}]+}$", "");
		var after = filled.substring(prefix.length());
		var slash = after.indexOf('/');
		return prefix + real.get().getValue() + (slash < 0 ? "" : after.substring(slash));
	}

	private List<String> properties(JsonNode schema) {
		List<String> names = new ArrayList<>();
		if (schema.has("properties")) {
			schema.get("properties").propertyNames().forEach(names::add);
		}
		return names;
	}

	/** A plausible value of the schema, from which one field at a time is spoiled. */
	private JsonNode sample(JsonNode schema, int depth) {
		if (schema == null || depth > 4) {
			return nodes.nullNode();
		}
		if (schema.has("enum")) {
			return schema.get("enum").get(0);
		}
		var type = schema.path("type").asString("");
		var format = schema.path("format").asString("");
		return switch (type) {
			case "integer" -> nodes.numberNode(1);
			case "number" -> nodes.numberNode(1.5);
			case "boolean" -> nodes.booleanNode(true);
			case "array" -> nodes.arrayNode().add(sample(resolve(schema.get("items")), depth + 1));
			case "string" -> switch (format) {
				case "date" -> nodes.stringNode(LocalDate.now().toString());
				case "date-time" -> nodes.stringNode("2026-01-15T10:00:00Z");
				case "uuid" -> nodes.stringNode(UUID.randomUUID().toString());
				case "email" -> nodes.stringNode("fuzz-" + random.nextInt(1_000_000) + "@test.passerelle.ca");
				default -> nodes.stringNode("Texte " + random.nextInt(1000));
			};
			default -> {
				var object = nodes.objectNode();
				for (var property : properties(schema)) {
					object.set(property, sample(resolve(schema.get("properties").get(property)), depth + 1));
				}
				yield object;
			}
		};
	}

	private JsonNode resolve(JsonNode schema) {
		return document.resolve(schema);
	}

	/** A wrong value for a property of this schema: its type, its range, its text or its shape. */
	private JsonNode garbage(ApiDocument document, JsonNode schema) {
		var type = schema == null ? "" : schema.path("type").asString("");
		var format = schema == null ? "" : schema.path("format").asString("");
		List<JsonNode> candidates = new ArrayList<>(List.of(nodes.nullNode(), nodes.stringNode(huge()),
				nodes.stringNode("a\u0000b\u0007c\u001B"), nodes.numberNode(random.nextLong()), nodes.booleanNode(false),
				nodes.objectNode().put("nested", "garbage"), nodes.arrayNode().add(1).add("two"), garbageNode(3),
				raw(NUMBERS.get(random.nextInt(NUMBERS.size())))));
		if (format.startsWith("date") || type.equals("string")) {
			for (int i = 0; i < 3; i++) {
				candidates.add(nodes.stringNode(DATES.get(random.nextInt(DATES.size()))));
			}
		}
		if (type.equals("integer") || type.equals("number")) {
			for (int i = 0; i < 4; i++) {
				candidates.add(raw(NUMBERS.get(random.nextInt(NUMBERS.size()))));
			}
			candidates.add(nodes.stringNode("abc"));
		}
		if (schema != null && schema.has("enum")) {
			candidates.add(nodes.stringNode("UNKNOWN_CHOICE"));
			candidates.add(nodes.stringNode(schema.get("enum").get(0).asString().toLowerCase()));
		}
		if (type.equals("array")) {
			var items = nodes.arrayNode();
			for (int i = 0; i < 3; i++) {
				items.add(garbage(document, document.resolve(schema.get("items"))));
			}
			candidates.add(items);
			candidates.add(nodes.stringNode("not a list"));
			var many = nodes.arrayNode();
			for (int i = 0; i < 2_000; i++) {
				many.add(sample(document.resolve(schema.get("items")), 1));
			}
			candidates.add(many);
		}
		if (type.equals("object") || (schema != null && schema.has("properties"))) {
			var object = schema.has("properties") ? (ObjectNode) sample(schema, 1) : nodes.objectNode();
			var names = properties(schema);
			if (!names.isEmpty()) {
				var property = names.get(random.nextInt(names.size()));
				object.set(property, garbage(document, document.resolve(schema.get("properties").get(property))));
			}
			candidates.add(object);
			candidates.add(nodes.stringNode("not an object"));
		}
		if (format.equals("uuid")) {
			candidates.add(nodes.stringNode("abc"));
			candidates.add(nodes.stringNode(UUID.randomUUID().toString()));
			candidates.add(nodes.stringNode("00000000-0000-0000-0000-000000000000"));
		}
		return candidates.get(random.nextInt(candidates.size()));
	}

	private JsonNode garbageNode(int depth) {
		if (depth == 0) {
			return switch (random.nextInt(4)) {
				case 0 -> nodes.nullNode();
				case 1 -> nodes.stringNode("\u0000");
				case 2 -> nodes.numberNode(-1);
				default -> nodes.booleanNode(true);
			};
		}
		var object = nodes.objectNode();
		ArrayNode array = object.putArray("a" + depth);
		array.add(garbageNode(depth - 1)).add(garbageNode(depth - 1));
		object.set("o", garbageNode(depth - 1));
		return object;
	}

	private String garbageText(JsonNode schema) {
		var node = garbage(document, schema);
		return node.isString() ? node.asString() : node.toString();
	}

	private static JsonNode raw(String literal) {
		return nodes.stringNode(RAW + literal);
	}

	private String write(JsonNode node) {
		var text = json.writeValueAsString(node);
		// a spliced literal: "\u0001raw:NaN" becomes NaN
		return text.replaceAll("\"\\\\u0001raw:([^\"]*)\"", "$1");
	}

	private String huge() {
		var text = new StringBuilder(100_000);
		while (text.length() < 100_000) {
			text.append("Passerelle é ");
		}
		return text.toString();
	}

	private byte[] junkFile(int variant) {
		return switch (variant) {
			case 0 -> new byte[0];
			case 1 -> {
				var bytes = new byte[2_048];
				random.nextBytes(bytes);
				yield bytes;
			}
			case 2 -> "first,last\u0000,email\nA\u0000,B,c@d\n".getBytes(StandardCharsets.UTF_8);
			case 3 -> ("a,b,c\n" + "x".repeat(100_000) + ",y,z\n").getBytes(StandardCharsets.UTF_8);
			case 4 -> "\uFEFFnom;prénom\n\"unterminated;quote\n".getBytes(StandardCharsets.UTF_16);
			case 5 -> "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1);
			case 6 -> "%PDF-1.4 truncated".getBytes(StandardCharsets.ISO_8859_1);
			case 7 -> ",,,,,,,,,,\n".repeat(5_000).getBytes(StandardCharsets.UTF_8);
			case 8 -> "{\"json\": true}".getBytes(StandardCharsets.UTF_8);
			default -> "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8);
		};
	}

	private static String junkName(int variant) {
		return switch (variant) {
			case 5 -> "people.xlsx";
			case 6 -> "cv\u0007\u0000.pdf";
			case 4 -> "../../etc/passwd\u0000.csv";
			default -> "junk-" + variant + ".csv";
		};
	}

	private static String junkType(int variant) {
		return switch (variant) {
			case 5 -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
			case 6 -> "application/pdf";
			case 8 -> "application/json";
			default -> "text/csv";
		};
	}

	private String token(UserId user) {
		return "Bearer " + tokens.issue(Actor.system(), user, "fuzz").token();
	}

	private static String abbreviate(String text) {
		var line = text.replaceAll("\\s+", " ");
		return line.length() > 300 ? line.substring(0, 300) + "… (" + line.length() + " characters)" : line;
	}
}
