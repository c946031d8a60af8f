package org.passerelle.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;

/**
 * The {@code endtoend} section: the packaged application in a process of its own, loaded with a
 * city's program through its own import API, then timed over HTTP on the loopback as coordinators
 * and their scripts use it — the figures of issue 11's targets, end to end rather than
 * solver-only.
 * <ol>
 * <li>An empty installation: the first administrator from the environment; through the API, a lead
 * agency, a coordinator, a bilingual one-to-one program with the Québec pluriel weights that she
 * coordinates, and her API token.
 * <li>The people ({@code -Dbench.people}, 20,020 by default: two mentees for each mentor, mentors of
 * capacity 1 to 3) imported as a coordinator does: upload, preview, commit, files of at most
 * 5,000 rows. Their intake was done before (the spreadsheet lists people ready to be matched), so
 * the program requires no intake step; everyone is enrolled.
 * <li>Suggestions for one mentee at 10 concurrent clients; the matching page (HTML, signed in) and
 * the API's pages of mentees and mentors; 50 concurrent suggestion requests while the
 * application's heap is sampled; the pool run from its start to its draft, whether the API answers
 * it at once (201) or runs it in the background (202, then the run is read until it is no longer
 * running).
 * </ol>
 * Every load is bounded: a number of requests, and a time budget ({@code -Dbench.budget}, seconds)
 * after which no new request starts.
 */
final class EndToEndBenchmark {

	/** The program: 13,347 mentees and 6,673 mentors. */
	private static final int CITY = 20_020;

	private static final String ADMIN = "admin@bench.passerelle.ca";

	private static final String ADMIN_PASSWORD = "Banc-d-essai-administrateur-2026";

	private static final String COORDINATOR_PASSWORD = "Banc-d-essai-coordination-2026";

	/** The largest file the import takes. */
	private static final int ROWS_PER_FILE = 5_000;

	/** What a pool run says while it is not done yet, whatever the background job calls it. */
	private static final Set<String> UNDER_WAY = Set.of("RUNNING", "QUEUED", "PENDING", "STARTED");

	private EndToEndBenchmark() {
	}

	public static void run() {
		int people = integer("bench.people", CITY);
		int mentees = (int) Math.round(people * 13_347.0 / CITY);
		int mentors = people - mentees;
		var budget = Duration.ofSeconds(integer("bench.budget", 300));
		var heap = text("bench.app.heap", "2g");
		var jar = jar();
		System.out.printf("%,d people (%,d mentees, %,d mentors of capacity 1 to 3); application %s in its own JVM "
				+ "(-Xmx%s, default GC); time budget per measurement %d s; load average at start: %s%n", people, mentees,
				mentors, jar.getFileName(), heap, budget.toSeconds(), loadAverage());
		var figures = new LinkedHashMap<String, String>();
		try (var application = RunningApplication.start(jar, heap, ADMIN, ADMIN_PASSWORD)) {
			System.out.printf("started in %.1f s on port %d (pid %d), fresh embedded PostgreSQL%n",
					application.startSeconds(), application.port(), application.pid());
			try {
				measure(application, people, mentees, mentors, budget, figures);
			}
			catch (RuntimeException ex) {
				System.out.println("!! " + ex.getMessage());
				System.out.println("the application's last lines:\n" + application.logTail(30));
				throw ex;
			}
			finally {
				System.out.println("load average at the end: " + loadAverage());
			}
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static void measure(RunningApplication application, int people, int mentees, int mentors, Duration budget,
			Map<String, String> figures) {
		var admin = Http.at(application.port()).withBasic(ADMIN, ADMIN_PASSWORD);
		var mark = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);

		// 1. What an administrator does on an empty installation.
		admin.get("/api/users").expect(200);
		var lead = admin.post("/api/organisations", Map.of("name", "Carrefour " + mark, "type", "LEAD_AGENCY"))
			.expect(201)
			.json()
			.get("id")
			.asString();
		var coordinatorEmail = "coordination-" + mark + "@bench.passerelle.ca";
		var coordinatorId = admin.post("/api/users", Map.of("email", coordinatorEmail, "fullName", "Claire Tremblay",
				"role", "COORDINATOR", "organisationId", lead, "preferredLanguage", "FR", "password", COORDINATOR_PASSWORD))
			.expect(201)
			.json()
			.get("id")
			.asString();
		var program = program(admin, lead, mark);
		admin.put("/api/programs/" + program + "/coordinators", Map.of("coordinators", List.of(coordinatorId)))
			.expect(200);
		var token = admin.post("/api/tokens", Map.of("name", "bench", "userId", coordinatorId))
			.expect(201)
			.json()
			.get("token")
			.asString();
		var coordinator = Http.at(application.port()).withBearer(token);
		System.out.printf("lead agency, coordinator %s, program %s and her API token created%n", coordinatorEmail,
				program);

		// 2. The people, imported as the coordinator does.
		var reference = reference(coordinator);
		var files = new PeopleFiles(2026, reference, mark).files(mentees, mentors, ROWS_PER_FILE);
		importAll(coordinator, program, files, people, figures);

		// 3. Suggestions: the first one reads the pool; then 10 clients.
		var waiting = waitingMentees(coordinator, program, 1_000);
		var suggestions = (IntFunction<Http.Answer>) i -> coordinator
			.get("/api/programs/" + program + "/matching/mentees/" + waiting.get(i % waiting.size()) + "/suggestions");
		var first = suggestions.apply(0).expect(200);
		var firstBest = first.json().get("best");
		System.out.printf("first suggestions after the import (the pool read): %.0f ms, %d suggestions among %s mentors, "
				+ "best score %s%n", first.millis(), firstBest.size(), first.json().get("considered").asString(),
				firstBest.isEmpty() ? "none" : firstBest.get(0).get("score").asString());
		figures.put("first suggestions", String.format("%.0f ms", first.millis()));
		var warmUp = load(10, 50, budget, i -> suggestions.apply(i + 1));
		System.out.println("warm-up, 50 requests at 10 clients: " + warmUp);
		var ten = load(10, 400, budget, i -> suggestions.apply(i + 51));
		System.out.println("suggestions for one mentee, 10 concurrent clients: " + ten);
		figures.put("suggestions p50", ms(ten.percentile(50)));
		figures.put("suggestions p95", ms(ten.percentile(95)));
		figures.put("suggestions p99", ms(ten.percentile(99)));
		figures.put("suggestions count", ten.count() + (ten.errors() > 0 ? ", " + ten.errors() + " errors" : ""));
		int rounds = integer("bench.suggestions.rounds", 0);
		for (int round = 1; round <= rounds; round++) {
			// the processor time the application spent per request: what a change to the suggestions
			// saves, read apart from the other processes that share the machine
			double cpuBefore = application.cpuSeconds();
			int offset = 451 + 400 * round;
			var again = load(10, 400, budget, i -> suggestions.apply(i + offset));
			double cpu = application.cpuSeconds() - cpuBefore;
			System.out.printf("round %d of %d, suggestions at 10 clients: %s; application CPU %.1f ms per request; "
					+ "load average %s%n", round, rounds, again, 1000 * cpu / Math.max(1, again.count()), loadAverage());
		}
		if (Boolean.getBoolean("bench.suggestions.only")) {
			return;
		}

		// 4. The matching page, signed in, and the API's pages of it.
		var pages = Http.at(application.port()).signedIn(coordinatorEmail, COORDINATOR_PASSWORD);
		var pagePath = "/programs/" + program + "/matching";
		load(1, 3, budget, i -> pages.get(pagePath));
		var page = load(1, 40, budget, i -> pages.get(pagePath));
		System.out.println("matching page (HTML, signed in), one client: " + page);
		int htmlBytes = pages.get(pagePath).expect(200).bytes();
		var account = load(1, 20, budget, i -> pages.get("/account"));
		System.out.println("for comparison, the account page (the layout and one account read): " + account);
		figures.put("page p95", ms(page.percentile(95)));
		figures.put("page size", String.format("%,.0f KB", htmlBytes / 1024.0));
		var menteePages = load(1, 40, budget,
				i -> coordinator.get("/api/programs/" + program + "/matching/mentees?page=" + i));
		var mentorPages = load(1, 40, budget,
				i -> coordinator.get("/api/programs/" + program + "/matching/mentors?page=" + i));
		System.out.println("API: a page of 50 mentees: " + menteePages);
		System.out.println("API: a page of 50 mentors: " + mentorPages);
		figures.put("api pages p95", ms(Math.max(menteePages.percentile(95), mentorPages.percentile(95))));

		// 5. The heap while 50 clients ask for suggestions.
		var fifty = new Latencies[1];
		var heapPeak = application.watchHeap(admin, Duration.ofMillis(100),
				() -> fifty[0] = load(50, 500, budget, i -> suggestions.apply(i + 500)));
		System.out.println("suggestions, 50 concurrent clients: " + fifty[0]);
		System.out.printf("application heap during them: at most %s used (%d collections: at most %s before one, %s "
				+ "after; %d samples of the actuator: at most %s), %s committed, limit %s; resident memory peak of the "
				+ "process %s%n", Measure.mebibytes(heapPeak.used()), heapPeak.collections(),
				Measure.mebibytes(heapPeak.beforeCollection()), Measure.mebibytes(heapPeak.afterCollection()),
				heapPeak.samples(), Measure.mebibytes(heapPeak.sampled()), Measure.mebibytes(heapPeak.committed()),
				Measure.mebibytes(heapPeak.max()),
				heapPeak.residentPeak() < 0 ? "unknown" : Measure.mebibytes(heapPeak.residentPeak()));
		figures.put("heap used", Measure.mebibytes(heapPeak.used()));
		figures.put("heap after", Measure.mebibytes(heapPeak.afterCollection()));
		figures.put("heap max", Measure.mebibytes(heapPeak.max()));
		figures.put("resident", heapPeak.residentPeak() < 0 ? "unknown" : Measure.mebibytes(heapPeak.residentPeak()));
		figures.put("fifty", fifty[0].count() + " requests, p95 " + ms(fifty[0].percentile(95))
				+ (fifty[0].errors() > 0 ? ", " + fifty[0].errors() + " errors" : ", no error"));

		// 6. The pool run, from its start to its draft; if it fails, the table still says what was measured.
		long runStart = System.nanoTime();
		try {
			poolRun(coordinator, program, figures);
		}
		catch (RuntimeException ex) {
			System.out.println("!! the pool run failed: " + ex.getMessage());
			figures.put("run seconds", String.format("%.1f s", (System.nanoTime() - runStart) / 1e9));
			figures.put("run status", "failed");
			Stream.of("run matched", "run total", "run greedy", "run solve").forEach(key -> figures.put(key, "?"));
		}

		printTargets(people, heapPeak, ten, page, htmlBytes, figures);
	}

	/** A bilingual one-to-one program with the rules and weights of the Québec pluriel model and no intake step. */
	private static String program(Http admin, String lead, String mark) {
		JsonNode model = null;
		for (var template : admin.get("/api/program-templates").expect(200).json()) {
			if ("QUEBEC_PLURIEL".equals(template.get("template").asString())) {
				model = template;
			}
		}
		if (model == null) {
			throw new IllegalStateException("no QUEBEC_PLURIEL program template");
		}
		var body = new LinkedHashMap<String, Object>();
		body.put("name", "Mentorat à l’échelle d’une ville " + mark);
		body.put("description", "Benchmark program: the people were screened before they were imported.");
		body.put("leadOrganisationId", lead);
		body.put("type", "OPEN");
		body.put("format", "ONE_TO_ONE");
		body.put("rules", model.get("rules"));
		body.put("languages", List.of("FR", "EN"));
		body.put("weights", model.get("weights"));
		body.put("menteeIntake", List.of());
		body.put("mentorIntake", List.of());
		return admin.post("/api/programs", body).expect(201).json().get("id").asString();
	}

	/** The codes the running application knows, from its reference API and the shared postal areas. */
	private static PeopleFiles.Reference reference(Http api) {
		var occupations = codes(api.get("/api/reference/occupations?level=5&limit=1000").expect(200).json());
		var industries = codes(api.get("/api/reference/industries?level=5&limit=1000").expect(200).json());
		var montreal = new ArrayList<String>();
		var ottawa = new ArrayList<String>();
		for (var area : candidateAreas()) {
			// an area the application does not know would leave the person without a place
			if (api.get("/api/reference/postal-areas/" + area).status() != 200) {
				continue;
			}
			(area.startsWith("H") ? montreal : ottawa).add(area);
		}
		if (occupations.isEmpty() || industries.isEmpty() || montreal.isEmpty() || ottawa.isEmpty()) {
			throw new IllegalStateException("the application's reference data is missing: " + occupations.size()
					+ " NOC unit groups, " + industries.size() + " NAICS industries, " + montreal.size() + " Montréal and "
					+ ottawa.size() + " Ottawa–Gatineau postal areas");
		}
		System.out.printf("reference data from the application: %d NOC 2021 unit groups, %d NAICS 2022 industries, "
				+ "%d Montréal and %d Ottawa–Gatineau postal areas (Source: Statistics Canada)%n", occupations.size(),
				industries.size(), montreal.size(), ottawa.size());
		return new PeopleFiles.Reference(occupations, industries, montreal, ottawa);
	}

	private static List<String> codes(JsonNode classes) {
		var codes = new ArrayList<String>();
		classes.forEach(found -> codes.add(found.get("code").asString()));
		return codes;
	}

	/**
	 * The forward sortation areas of Montréal (H) and Ottawa–Gatineau (K1, K2, J8, J9) in the shared
	 * reference data, or a few of them when it is absent.
	 */
	private static List<String> candidateAreas() {
		var file = Stream.of(System.getenv("PASSERELLE_SHARED_DATA"), "../shared/data", "/work/shared/data")
			.filter(candidate -> candidate != null && !candidate.isBlank())
			.map(directory -> Path.of(directory, "ca_fsa_centroids.csv"))
			.filter(Files::isReadable)
			.findFirst();
		if (file.isEmpty()) {
			return List.of("H2L", "H2X", "H3A", "K1Y", "K1N", "K2P", "J8X", "J8Y", "J9H");
		}
		try (var lines = Files.lines(file.get())) {
			return lines.map(line -> line.split(",", 2)[0])
				.filter(fsa -> fsa.matches("H[1-9][A-Z]|K[12][A-Z]|J[89][A-Z]"))
				.toList();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** Upload, preview and commit each file; the commit's rows per second. */
	private static void importAll(Http coordinator, String program, List<byte[]> files, int people,
			Map<String, String> figures) {
		var columns = new LinkedHashMap<String, String>();
		for (int c = 0; c < PeopleFiles.COLUMNS.size(); c++) {
			columns.put(Integer.toString(c), PeopleFiles.COLUMNS.get(c).getValue());
		}
		var settings = new HashMap<String, Object>();
		settings.put("columns", columns);
		settings.put("programId", program);
		settings.put("status", "ENROLLED");
		double upload = 0;
		double preview = 0;
		double commit = 0;
		int added = 0;
		var rates = new ArrayList<String>();
		for (int f = 0; f < files.size(); f++) {
			var uploaded = coordinator.upload("/api/imports", "people-" + (f + 1) + ".csv", "text/csv", files.get(f))
				.expect(200);
			var id = uploaded.json().get("id").asString();
			var previewed = coordinator.post("/api/imports/" + id + "/preview", settings).expect(200);
			var seen = previewed.json();
			if (seen.get("refused").asInt() > 0 || !seen.get("problems").isEmpty()) {
				throw new IllegalStateException("the preview of file " + (f + 1) + " refuses " + seen.get("refused").asInt()
						+ " rows; first problems: " + seen.get("problems").toString().substring(0,
								Math.min(800, seen.get("problems").toString().length())));
			}
			var committed = coordinator.post("/api/imports/" + id + "/commit", settings).expect(200);
			int rows = committed.json().get("added").asInt();
			added += rows;
			upload += uploaded.millis() / 1000;
			preview += previewed.millis() / 1000;
			commit += committed.millis() / 1000;
			rates.add(String.format("%,.0f", rows / (committed.millis() / 1000)));
			System.out.printf("file %d of %d: %,d rows (%,d KB): upload %.2f s, preview %.2f s, commit %.2f s = %,.0f "
					+ "rows/s%n", f + 1, files.size(), rows, files.get(f).length / 1024, uploaded.millis() / 1000,
					previewed.millis() / 1000, committed.millis() / 1000, rows / (committed.millis() / 1000));
		}
		if (added != people) {
			throw new IllegalStateException("imported " + added + " people of " + people);
		}
		System.out.printf("import of %,d people in %d files: upload %.1f s, preview %.1f s, commit %.1f s = %,.0f rows/s "
				+ "committed (%,.0f rows/s from upload to commit)%n", added, files.size(), upload, preview, commit,
				added / commit, added / (upload + preview + commit));
		figures.put("import", String.format("%,.0f rows/s", added / commit));
		figures.put("import files", String.join(", ", rates) + " rows/s per file of " + String.format("%,d",
				(added + files.size() - 1) / files.size()) + " rows");
	}

	/** Up to {@code most} mentees waiting for a mentor, in a random order, from the API's pages of the pool. */
	private static List<String> waitingMentees(Http coordinator, String program, int most) {
		var ids = new ArrayList<String>();
		for (int page = 0; ids.size() < most; page++) {
			var found = coordinator.get("/api/programs/" + program + "/matching/mentees?size=200&page=" + page)
				.expect(200)
				.json();
			for (var person : found.get("people")) {
				if (person.get("available").asBoolean()) {
					ids.add(person.get("id").asString());
				}
			}
			if ((page + 1) * 200L >= found.get("total").asLong()) {
				break;
			}
		}
		if (ids.isEmpty()) {
			throw new IllegalStateException("no mentee is waiting: is everyone's intake complete?");
		}
		Collections.shuffle(ids, new Random(11));
		return ids.subList(0, Math.min(most, ids.size()));
	}

	/** Starts the pool run and waits for its draft: at once (201/200), or by reading it until it is done (202). */
	private static void poolRun(Http coordinator, String program, Map<String, String> figures) {
		long start = System.nanoTime();
		var started = coordinator.post("/api/programs/" + program + "/matching/runs", null).expect(200, 201, 202);
		var run = started.json();
		var location = started.headers().firstValue("Location").map(coordinator::path).orElse(null);
		if (location == null && run != null && run.has("id")) {
			location = "/api/matching/runs/" + run.get("id").asString();
		}
		int reads = 0;
		while (run == null || UNDER_WAY.contains(status(run))) {
			if (location == null) {
				throw new IllegalStateException("the run is under way but the answer says neither where nor its id");
			}
			RunningApplication.sleep(250);
			run = coordinator.get(location).expect(200).json();
			reads++;
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("pool run: answered %d, draft after %.1f s (%s)%n", started.status(), seconds,
				started.status() == 202 ? "read " + reads + " times until done" : "synchronous");
		var facts = new ArrayList<String>();
		run.properties().forEach(entry -> {
			if (entry.getValue().isValueNode() && !Set.of("id", "program", "programName").contains(entry.getKey())) {
				facts.add(entry.getKey() + "=" + entry.getValue().asString());
			}
		});
		System.out.println("  the run: " + String.join(", ", facts));
		figures.put("run seconds", String.format("%.1f s", seconds));
		figures.put("run status", status(run));
		figures.put("run matched", number(run, "optimalMatched") + " of " + number(run, "menteesWaiting")
				+ " waiting mentees");
		figures.put("run total", number(run, "optimalTotal"));
		figures.put("run greedy", number(run, "greedyMatched") + " matched, total " + number(run, "greedyTotal"));
		figures.put("run solve", number(run, "solveMillis") + " ms in the solver");
	}

	private static String status(JsonNode run) {
		var status = run.has("status") ? run.get("status") : run.get("state");
		return status == null ? "?" : status.asString();
	}

	private static String number(JsonNode run, String field) {
		var value = run.get(field);
		return value == null || value.isNull() ? "?" : value.isIntegralNumber() ? String.format("%,d", value.asLong())
				: String.format("%,.1f", value.asDouble());
	}

	private static void printTargets(int people, RunningApplication.HeapPeak heap, Latencies ten, Latencies page,
			int htmlBytes, Map<String, String> figures) {
		boolean city = people >= CITY;
		var at = city ? "" : " (at " + String.format("%,d", people) + " people; the targets are for 20,020)";
		System.out.printf("%nIssue 11's targets, end to end%s%n%n", at);
		System.out.println("| what | target | measured | met? |");
		System.out.println("|---|---|---|---|");
		double runSeconds = Double.parseDouble(figures.get("run seconds").replace(" s", ""));
		System.out.printf("| pool run, %,d enrolled | ≤ 30 s end to end (score + solve + save), total equal to the exact "
				+ "optimum | %s from the start to the draft (%s), %s matched, total %s; greedy %s; %s | %s |%n", people,
				figures.get("run seconds"), figures.get("run status"), figures.get("run matched"), figures.get("run total"),
				figures.get("run greedy"), figures.get("run solve"),
				verdict(runSeconds <= 30 && "DRAFT".equals(figures.get("run status")))
						+ " on time; the optimum is checked by the `fullpool` section");
		System.out.printf("| suggestions for one mentee through HTTP | p95 ≤ 150 ms at 10 concurrent clients | p50 %s, "
				+ "p95 %s, p99 %s (%s requests) | %s |%n", figures.get("suggestions p50"), figures.get("suggestions p95"),
				figures.get("suggestions p99"), figures.get("suggestions count"),
				verdict(ten.errors() == 0 && ten.percentile(95) <= 150));
		System.out.printf("| matching page | p95 ≤ 300 ms, ≤ 200 KB of HTML | p95 %s, %s of HTML (API pages of 50: p95 %s) "
				+ "| %s |%n", figures.get("page p95"), figures.get("page size"), figures.get("api pages p95"),
				verdict(page.errors() == 0 && page.percentile(95) <= 300 && htmlBytes <= 200 * 1024));
		System.out.printf("| import commit | ≥ 500 rows/s for 5,000 rows | %s (%s) | %s |%n", figures.get("import"),
				figures.get("import files"),
				verdict(Double.parseDouble(figures.get("import").replaceAll("[^0-9.]", "")) >= 500));
		System.out.println("| dense worst cases (Machol–Wien, ties) at n = 2000 | ≤ OR-Tools' time in the same run | "
				+ "not an HTTP figure: the `worst` section | |");
		System.out.printf("| memory | 50 concurrent suggestion requests keep the JVM under 2 GB heap | at most %s of heap "
				+ "used, %s after a collection (limit %s), resident peak %s; %s | %s |%n", figures.get("heap used"),
				figures.get("heap after"), figures.get("heap max"),
				figures.get("resident"), figures.get("fifty"),
				verdict(heap.used() > 0 && heap.used() < 2L * 1024 * 1024 * 1024 && !figures.get("fifty").contains("errors")));
	}

	private static String verdict(boolean met) {
		return met ? "yes" : "**no**";
	}

	/**
	 * Latencies of one measurement, sorted, in milliseconds.
	 *
	 * @param errors answers other than 200, and requests that failed
	 * @param seconds wall time of the whole measurement
	 */
	record Latencies(double[] millis, int errors, double seconds) {

		int count() {
			return millis.length;
		}

		double percentile(int percent) {
			if (millis.length == 0) {
				return Double.NaN;
			}
			return millis[Math.min(millis.length - 1, Math.max(0, (int) Math.ceil(percent / 100.0 * millis.length) - 1))];
		}

		@Override
		public String toString() {
			if (millis.length == 0) {
				return "no request finished, " + errors + " errors";
			}
			return String.format("%d requests in %.1f s (%.1f/s): p50 %s, p95 %s, p99 %s, max %s%s", millis.length, seconds,
					millis.length / seconds, ms(percentile(50)), ms(percentile(95)), ms(percentile(99)),
					ms(millis[millis.length - 1]), errors > 0 ? ", " + errors + " ERRORS" : "");
		}
	}

	/**
	 * {@code requests} calls from {@code clients} threads, each sending its next request as soon as
	 * the last one answered; no request starts once {@code budget} has passed.
	 */
	static Latencies load(int clients, int requests, Duration budget, IntFunction<Http.Answer> call) {
		var next = new AtomicInteger();
		var errors = new AtomicInteger();
		var millis = Collections.synchronizedList(new ArrayList<Double>());
		long start = System.nanoTime();
		long deadline = start + budget.toNanos();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		for (int c = 0; c < clients; c++) {
			pool.execute(() -> {
				for (int i = next.getAndIncrement(); i < requests && System.nanoTime() < deadline; i = next
					.getAndIncrement()) {
					try {
						var answer = call.apply(i);
						if (answer.status() == 200) {
							millis.add(answer.millis());
						}
						else {
							errors.incrementAndGet();
							if (errors.get() <= 3) {
								System.out.println("  answer " + answer.status() + ": " + answer.body()
									.substring(0, Math.min(300, answer.body().length())));
							}
						}
					}
					catch (RuntimeException ex) {
						if (errors.incrementAndGet() <= 3) {
							System.out.println("  request failed: " + ex);
						}
					}
				}
			});
		}
		pool.shutdown();
		try {
			pool.awaitTermination(1, TimeUnit.DAYS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		var sorted = millis.stream().mapToDouble(Double::doubleValue).toArray();
		Arrays.sort(sorted);
		return new Latencies(sorted, errors.get(), seconds);
	}

	private static String ms(double millis) {
		return Double.isNaN(millis) ? "?" : millis < 10 ? String.format("%.1f ms", millis) : String.format("%,.0f ms", millis);
	}

	/** The packaged application: {@code -Dbench.jar}, or the one jar {@code package} left in {@code target}. */
	private static Path jar() {
		var given = System.getProperty("bench.jar", "");
		if (!given.isBlank()) {
			return Path.of(given);
		}
		try (var files = Files.list(Path.of("target"))) {
			var jars = files.filter(path -> {
				var name = path.getFileName().toString();
				return name.startsWith("passerelle-") && name.endsWith(".jar") && !name.endsWith("-plain.jar");
			}).toList();
			if (jars.size() != 1) {
				throw new IllegalStateException("expected one application jar in target/, found " + jars
						+ "; build it (./mvnw -B -Pbench verify packages it first) or give -Dbench.jar");
			}
			return jars.get(0);
		}
		catch (IOException ex) {
			throw new IllegalStateException("no target/ directory: build the application first", ex);
		}
	}

	private static int integer(String name, int otherwise) {
		var value = System.getProperty(name, "").strip().replace("_", "").replace(",", "");
		return value.isEmpty() ? otherwise : Integer.parseInt(value);
	}

	private static String text(String name, String otherwise) {
		var value = System.getProperty(name, "").strip();
		return value.isEmpty() ? otherwise : value;
	}

	private static String loadAverage() {
		try {
			var line = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
			return line[0] + " " + line[1] + " " + line[2];
		}
		catch (IOException | RuntimeException ex) {
			return "unknown";
		}
	}
}
