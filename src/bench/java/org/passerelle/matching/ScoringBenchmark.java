package org.passerelle.matching;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.passerelle.core.Language;
import org.passerelle.core.OrganisationId;
import org.passerelle.matching.solver.Assignment;
import org.passerelle.matching.solver.Objective;
import org.passerelle.matching.solver.PoolSolver;
import org.passerelle.participant.ParticipantId;
import org.passerelle.program.Audience;
import org.passerelle.program.MatchingCriterion;
import org.passerelle.program.ProgramFormat;
import org.passerelle.program.ProgramId;
import org.passerelle.program.ProgramRules;
import org.passerelle.program.ProgramType;
import org.passerelle.program.ProgramView;

/**
 * Scoring on generated pools shaped like real programs: NOC-coded people of two cities (Montréal
 * and Ottawa–Gatineau, from the postal areas' centres), French and English speakers, career goals
 * written in both languages, questionnaires, availabilities. Two sections:
 * <ul>
 * <li>{@code suggestions}: the ten best mentors for one mentee among 20,000, as the suggestions
 * page ranks them (hard rules, scoring with the threshold, the best ten), timed over 2,000 mentees;
 * <li>{@code realistic}: a waiting pool of 2,000 mentees and 1,200 mentors, scored into the
 * solver's lazy gains as a pool run does, then assigned optimally and greedily: how much better the
 * optimal total and the worst-off mentee are.
 * </ul>
 * The same code paths as the application's ({@link MatchPool#rank}, {@link PoolGains}),
 * without the database: profiles are built in memory as {@link MatchPools} builds them.
 */
public final class ScoringBenchmark {

	private static final Pattern NOC = Pattern.compile("\"noc_code\"\\s*:\\s*\"(\\d{5})\"");

	/** Sectors most newcomers of the seeds come from, weighted: software, engineering, finance, health, trades. */
	private static final String[] BUSY_MAJOR_GROUPS = { "21", "21", "21", "22", "11", "11", "31", "32", "41", "72" };

	private static final Map<String, String[]> GOALS = Map.of("2",
			new String[] { "développement logiciel", "software development", "java", "cloud", "données", "data",
					"génie civil", "civil engineering", "mécanique", "réseaux", "cybersécurité", "intelligence artificielle" },
			"1", new String[] { "comptabilité", "accounting", "finance", "audit", "fiscalité", "gestion de projet",
					"project management", "ressources humaines", "marketing", "analyse financière" },
			"3", new String[] { "soins infirmiers", "nursing", "pharmacie", "laboratoire", "santé", "health care",
					"physiothérapie", "médecine" },
			"4", new String[] { "enseignement", "teaching", "travail social", "social work", "droit", "law" },
			"7", new String[] { "électricité", "electrician", "construction", "plomberie", "soudure", "welding",
					"mécanique automobile" });

	private static final String[] GENERIC = { "réseau professionnel", "professional network", "mentorat", "emploi",
			"certification", "ordre professionnel", "licence", "entrevue", "interview", "leadership", "bilingue" };

	private static final String[] NAICS = { "541511", "541512", "541330", "522110", "524210", "622111", "621110",
			"236220", "238210", "611310", "517311", "911910" };

	private static final String[] COUNTRIES = { "fr", "ma", "dz", "ht", "sn", "cm", "cn", "in", "co", "ir", "lb", "ng" };

	private ScoringBenchmark() {
	}

	/** The top ten among 20,000 mentors, for 2,000 mentees: time per ranking, percentiles. */
	public static void suggestions() {
		var random = new SplittableRandom(2026);
		var data = Data.load();
		var people = generate(random, data, 2_000, 20_000);
		var pool = pool(people);
		System.out.printf("pool: %,d mentees, %,d mentors, vocabulary of the career goals built from %,d texts%n",
				pool.mentees().size(), pool.mentors().size(), pool.mentees().size() + pool.mentors().size());
		var mentors = pool.mentors();
		// warm-up: the JIT compiles the scoring loop
		for (int i = 0; i < 300; i++) {
			pool.rank(pool.mentees().get(i % pool.mentees().size()), mentors, 10, null);
		}
		var times = new double[pool.mentees().size()];
		long sink = 0;
		// the processor time of the whole process (the ranking may use a second thread): what a
		// change saves, read apart from the other processes of a shared machine
		var system = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean();
		long cpuStart = system.getProcessCpuTime();
		for (int i = 0; i < pool.mentees().size(); i++) {
			long start = System.nanoTime();
			var ranking = pool.rank(pool.mentees().get(i), mentors, 10, null);
			times[i] = (System.nanoTime() - start) / 1e6;
			sink += ranking.best().size();
		}
		double cpu = (system.getProcessCpuTime() - cpuStart) / 1e6 / times.length;
		Arrays.sort(times);
		System.out.printf("processor time per ranking: %.2f ms (the process's, over the %,d rankings)%n", cpu,
				times.length);
		System.out.printf("top 10 among %,d mentors, %,d rankings: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms "
				+ "(target p95 ≤ 5 ms: %s)%n", mentors.size(), times.length, percentile(times, 50), percentile(times, 95),
				percentile(times, 99), times[times.length - 1], percentile(times, 95) <= 5 ? "met" : "NOT MET");
		var one = pool.rank(pool.mentees().get(0), mentors, 10, null);
		System.out.printf("  e.g. the first mentee (seeking %s): best %.1f, tenth %.1f; %d set aside by a hard rule (%s)%n",
				pool.mentees().get(0).targetOccupation(), one.best().get(0).score(), one.best().get(9).score(),
				one.excluded().values().stream().mapToInt(Integer::intValue).sum(), one.excluded());
		if (sink < 0) {
			System.out.println(sink);
		}
	}

	/** A realistic waiting pool assigned optimally and greedily, over every acceptable pair, as a pool run does. */
	public static void realistic() {
		var random = new SplittableRandom(7);
		var data = Data.load();
		var people = generate(random, data, 2_000, 1_200);
		var pool = pool(people);
		int minimum = pool.program().rules().minimumMatchScore();
		var gains = new PoolGains(pool, pool.waitingMentees(), pool.freeMentors(), minimum);
		long start = System.nanoTime();
		var optimal = PoolSolver.optimal(gains, Objective.MAXIMUM_TOTAL);
		double solving = (System.nanoTime() - start) / 1e9;
		start = System.nanoTime();
		var greedy = PoolSolver.greedy(gains);
		double greedyTime = (System.nanoTime() - start) / 1e9;
		System.out.printf("pool: %,d mentees, %,d mentors (score ≥ %d); %s%n", gains.mentees(), gains.mentors(), minimum,
				optimal.certificate());
		print("optimal", optimal.assignment(), gains, solving);
		print("greedy ", greedy, gains, greedyTime);
		var best = PoolRunJobs.outcome(gains, optimal.assignment());
		var first = PoolRunJobs.outcome(gains, greedy);
		System.out.printf("optimal vs greedy: total %+.2f%% (%+,.1f points), %+d mentees matched, worst-off matched "
				+ "mentee %.1f vs %.1f%n", 100.0 * (best.total() - first.total()) / first.total(),
				best.total() - first.total(), best.matched() - first.matched(), best.worst(), first.worst());
	}

	private static void print(String name, Assignment assignment, PoolGains gains, double seconds) {
		var outcome = PoolRunJobs.outcome(gains, assignment);
		System.out.printf("%s: %.3f s, total %,.1f points, %,d matched, worst-off matched %.1f%n", name, seconds,
				outcome.total(), outcome.matched(), outcome.worst());
	}

	private static double percentile(double[] sorted, int percent) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
	}

	/** A bilingual one-to-one program with the Québec pluriel weights, everyone's intake complete. */
	static MatchPool pool(List<Generated> people) {
		var weights = new EnumMap<MatchingCriterion, Integer>(MatchingCriterion.class);
		int[] values = { 30, 15, 20, 15, 5, 5, 5, 5 };
		for (var criterion : MatchingCriterion.values()) {
			weights.put(criterion, values[criterion.ordinal()]);
		}
		var program = new ProgramView(new ProgramId(UUID.randomUUID()), 0, "Benchmark", null,
				new OrganisationId(UUID.randomUUID()), "", ProgramType.OPEN, ProgramFormat.ONE_TO_ONE, null,
				ProgramRules.builder().build(), Set.of(Language.FR, Language.EN), weights, List.of(), Set.of(), Set.of(),
				Instant.now());
		var vocabulary = new TextVectors.Vocabulary();
		people.forEach(person -> vocabulary.add(person.goals()));
		var profiles = new ArrayList<MatchProfile>();
		var everyone = new HashSet<ParticipantId>();
		for (var person : people) {
			everyone.add(person.profile().id());
			var p = person.profile();
			profiles.add(new MatchProfile(p.id(), p.role(), p.name(), p.occupation(), p.targetOccupation(), p.industry(),
					p.languages(), p.levels(), p.x(), p.y(), p.z(), p.area(), p.remoteOk(), p.availability(),
					vocabulary.vector(person.goals()), p.personality(), p.culture(), p.wantsCulturalMatch(), p.affiliated(),
					p.capacity()));
		}
		return new MatchPool(program, profiles, vocabulary, everyone, Set.of(), Map.of());
	}

	record Generated(MatchProfile profile, String goals) {
	}

	static List<Generated> generate(SplittableRandom random, Data data, int mentees, int mentors) {
		var people = new ArrayList<Generated>();
		for (int i = 0; i < mentees + mentors; i++) {
			var role = i < mentees ? Audience.MENTEE : Audience.MENTOR;
			var code = occupation(random, data);
			boolean montreal = random.nextInt(100) < 55;
			double[] place = data.place(random, montreal);
			String[] languages;
			int[] levels;
			if (montreal) {
				languages = random.nextInt(100) < 60 ? new String[] { "fr", "en" } : new String[] { "fr" };
			}
			else {
				languages = random.nextInt(100) < 35 ? new String[] { "en", "fr" } : new String[] { "en" };
			}
			levels = new int[languages.length];
			for (int l = 0; l < levels.length; l++) {
				levels[l] = role == Audience.MENTOR ? 0 : 4 + random.nextInt(7);
			}
			byte[] personality = null;
			if (random.nextInt(100) < 70) {
				personality = new byte[6];
				for (int q = 0; q < 6; q++) {
					personality[q] = (byte) (1 + random.nextInt(5));
				}
			}
			var goals = goals(random, code);
			var profile = new MatchProfile(new ParticipantId(UUID.randomUUID()), role, "Person " + i,
					role == Audience.MENTOR ? code : random.nextInt(100) < 50 ? code : null,
					role == Audience.MENTEE ? (random.nextInt(100) < 80 ? code : code.substring(0, 3)) : null,
					random.nextInt(100) < 60 ? NAICS[random.nextInt(NAICS.length)] : null, languages, levels, place[0],
					place[1], place[2], null, random.nextBoolean(), 1 + random.nextInt(7), TextVectors.Vector.EMPTY,
					personality, COUNTRIES[random.nextInt(COUNTRIES.length)], random.nextInt(100) < 10, true,
					role == Audience.MENTOR ? 1 + random.nextInt(3) : 0);
			people.add(new Generated(profile, goals));
		}
		return people;
	}

	private static String occupation(SplittableRandom random, Data data) {
		if (random.nextInt(100) < 70) {
			var major = BUSY_MAJOR_GROUPS[random.nextInt(BUSY_MAJOR_GROUPS.length)];
			var inGroup = data.codes.stream().filter(code -> code.startsWith(major)).toList();
			if (!inGroup.isEmpty()) {
				return inGroup.get(random.nextInt(inGroup.size()));
			}
		}
		return data.codes.get(random.nextInt(data.codes.size()));
	}

	private static String goals(SplittableRandom random, String code) {
		var words = GOALS.getOrDefault(code.substring(0, 1), GENERIC);
		var text = new StringBuilder();
		int count = 3 + random.nextInt(4);
		for (int w = 0; w < count; w++) {
			text.append(random.nextInt(100) < 75 ? words[random.nextInt(words.length)] : GENERIC[random.nextInt(GENERIC.length)])
				.append(' ');
		}
		return text.toString().strip();
	}

	/** Real codes and places from the shared reference data, or stand-ins where it is absent. */
	static final class Data {

		final List<String> codes;

		final List<double[]> montreal;

		final List<double[]> ottawa;

		Data(List<String> codes, List<double[]> montreal, List<double[]> ottawa) {
			this.codes = codes;
			this.montreal = montreal;
			this.ottawa = ottawa;
		}

		static Data load() {
			var directory = Stream.of(System.getenv("PASSERELLE_SHARED_DATA"), "../shared/data", "/work/shared/data")
				.filter(candidate -> candidate != null && !candidate.isBlank())
				.map(Path::of)
				.filter(Files::isDirectory)
				.findFirst();
			var codes = new ArrayList<String>();
			var montreal = new ArrayList<double[]>();
			var ottawa = new ArrayList<double[]>();
			if (directory.isPresent()) {
				try {
					var matcher = NOC.matcher(Files.readString(directory.get().resolve("noc-2021-unit-groups-en.json")));
					while (matcher.find()) {
						codes.add(matcher.group(1));
					}
					for (var line : Files.readAllLines(directory.get().resolve("ca_fsa_centroids.csv"))) {
						var cells = line.split(",");
						if (cells.length < 7 || cells[0].equals("fsa")) {
							continue;
						}
						// city names may hold commas: the coordinates are counted from the end
						var point = new double[] { Double.parseDouble(cells[cells.length - 4]),
								Double.parseDouble(cells[cells.length - 3]) };
						if (cells[0].startsWith("H") && !cells[0].startsWith("H0")) {
							montreal.add(point);
						}
						else if (cells[0].startsWith("K1") || cells[0].startsWith("K2") || cells[0].startsWith("J8")
								|| cells[0].startsWith("J9")) {
							ottawa.add(point);
						}
					}
				}
				catch (IOException | RuntimeException ex) {
					codes.clear();
				}
			}
			System.out.printf("reference data: %s%n", codes.isEmpty() ? "absent, stand-ins used"
					: codes.size() + " NOC unit groups, " + montreal.size() + " Montréal and " + ottawa.size()
							+ " Ottawa–Gatineau postal areas (Source: Statistics Canada)");
			if (codes.isEmpty()) {
				for (int major : new int[] { 11, 12, 13, 21, 22, 31, 32, 41, 42, 62, 64, 72, 73, 75 }) {
					for (int unit = 0; unit < 20; unit++) {
						codes.add(String.format("%02d%03d", major, 100 + unit * 11));
					}
				}
				montreal.add(new double[] { 45.5017, -73.5673 });
				ottawa.add(new double[] { 45.4215, -75.6972 });
			}
			return new Data(codes, montreal, ottawa);
		}

		/** A point on the unit sphere in one of the two cities. */
		double[] place(SplittableRandom random, boolean inMontreal) {
			var places = inMontreal ? montreal : ottawa;
			var point = places.get(random.nextInt(places.size()));
			double latitude = Math.toRadians(point[0]);
			double longitude = Math.toRadians(point[1]);
			return new double[] { Math.cos(latitude) * Math.cos(longitude), Math.cos(latitude) * Math.sin(longitude),
					Math.sin(latitude) };
		}
	}
}
