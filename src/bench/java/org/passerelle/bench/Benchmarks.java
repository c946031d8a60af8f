package org.passerelle.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the benchmark sections and prints their figures. Not a test: it asserts nothing, but every
 * section says whether our totals equal the references'.
 * <p>
 * Run with {@code ./mvnw -B -q -Pbench verify} (all sections) or add {@code -Dbench.only=dense}
 * (a comma-separated list of section names). Each section runs in a JVM of its own with the heap it
 * declares, so that one section's garbage and JIT profile never weigh on another's, and so that a
 * section that claims a heap bound actually runs inside it.
 */
public final class Benchmarks {

	/**
	 * A named part of the benchmark.
	 *
	 * @param name what {@code -Dbench.only} selects it by
	 * @param heap the {@code -Xmx} of its JVM
	 * @param description one line printed before it runs
	 * @param body what it runs
	 */
	record Section(String name, String heap, String description, Runnable body) {
	}

	/** The sections, in the order they run. Add new ones here. */
	private static final Map<String, Section> SECTIONS = new LinkedHashMap<>();

	static {
		add(new Section("dense", "8g", "dense random integer costs: ours (Jonker–Volgenant) vs JGraphT vs OR-Tools",
				DenseBenchmark::run));
		add(new Section("worst", "2g", "dense worst cases at n = 2000 (Machol–Wien, heavy ties): ours vs OR-Tools",
				DenseBenchmark::worst));
		add(new Section("fullpool", "4g",
				"a realistic pool of 20,020 scored lazily, optimal over every acceptable pair (column generation) vs exact",
				FullPoolBenchmark::run));
		add(new Section("paths", "4g", "pools of many shapes: the dense and the sparse path of the pool solver",
				PathsBenchmark::run));
		add(new Section("pool", "2g", "national pool on candidate lists: ours (sparse) vs OR-Tools min-cost flow vs greedy",
				PoolBenchmark::run));
		add(new Section("suggestions", "2g", "scoring: the top 10 mentors for a mentee among 20,000, as the suggestions rank them",
				org.passerelle.matching.ScoringBenchmark::suggestions));
		add(new Section("realistic", "2g", "a realistic generated pool, scored and assigned: optimal vs greedy",
				org.passerelle.matching.ScoringBenchmark::realistic));
		add(new Section("endtoend", "1g",
				"the packaged application loaded through its import API, timed over HTTP on the loopback (the load generator "
						+ "here, the application in a JVM of its own)",
				EndToEndBenchmark::run));
	}

	private static final String CHILD = "bench.child";

	private Benchmarks() {
	}

	private static void add(Section section) {
		SECTIONS.put(section.name(), section);
	}

	public static void main(String[] args) throws Exception {
		String child = System.getProperty(CHILD);
		if (child != null) {
			SECTIONS.get(child).body().run();
			return;
		}
		List<Section> selected = select(System.getProperty("bench.only", ""));
		printMachine();
		int failed = 0;
		for (Section section : selected) {
			System.out.printf("%n== %s (-Xmx%s): %s%n", section.name(), section.heap(), section.description());
			if (runInOwnJvm(section) != 0) {
				failed++;
				System.out.println("!! section " + section.name() + " failed");
			}
		}
		if (failed > 0) {
			System.exit(1);
		}
	}

	private static List<Section> select(String only) {
		if (only.isBlank()) {
			return List.copyOf(SECTIONS.values());
		}
		List<Section> selected = new ArrayList<>();
		for (String name : only.split(",")) {
			Section section = SECTIONS.get(name.strip());
			if (section == null) {
				throw new IllegalArgumentException("no benchmark section '" + name.strip() + "'; there are " + SECTIONS.keySet());
			}
			selected.add(section);
		}
		return selected;
	}

	private static int runInOwnJvm(Section section) throws IOException, InterruptedException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-Xmx" + section.heap(), "-Xms" + section.heap(),
				"-XX:+UseParallelGC", "--enable-native-access=ALL-UNNAMED", "-D" + CHILD + "=" + section.name(),
				"-Dbench.heap=" + section.heap()));
		// The versions the build passes (bench.ortools, bench.jgrapht) go on to the sections.
		System.getProperties()
			.stringPropertyNames()
			.stream()
			.filter(name -> name.startsWith("bench.") && !name.equals("bench.only"))
			.sorted()
			.forEach(name -> command.add("-D" + name + "=" + System.getProperty(name)));
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), Benchmarks.class.getName()));
		return new ProcessBuilder(command).inheritIO().start().waitFor();
	}

	private static void printMachine() throws IOException {
		System.out.println("Passerelle benchmarks");
		System.out.println("cores (nproc): " + Runtime.getRuntime().availableProcessors());
		System.out.println("CPU: " + cpuModel());
		System.out.println("memory: " + totalMemory());
		System.out.println("JDK: " + System.getProperty("java.vm.name") + " " + Runtime.version() + " ("
				+ System.getProperty("java.vendor") + ")");
		System.out.println("references: JGraphT " + System.getProperty("bench.jgrapht", "?") + ", OR-Tools "
				+ System.getProperty("bench.ortools", "?"));
		System.out.println("OS: " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
				+ System.getProperty("os.arch"));
	}

	private static String cpuModel() throws IOException {
		Path cpuinfo = Path.of("/proc/cpuinfo");
		if (!Files.isReadable(cpuinfo)) {
			return "unknown";
		}
		return Files.readAllLines(cpuinfo)
			.stream()
			.filter(line -> line.startsWith("model name"))
			.map(line -> line.substring(line.indexOf(':') + 1).strip())
			.findFirst()
			.orElse("unknown");
	}

	private static String totalMemory() {
		if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
			return String.format("%.1f GiB", os.getTotalMemorySize() / (1024.0 * 1024 * 1024));
		}
		return "unknown";
	}

	/** Best (smallest) of {@code times}. */
	static double best(double[] times) {
		return Arrays.stream(times).min().orElseThrow();
	}
}
