package org.passerelle.matching;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.passerelle.matching.solver.Assignment;
import org.passerelle.matching.solver.PoolSolver;
import org.passerelle.program.ProgramId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs pool runs in the background, a few at a time, and keeps their progress on their row.
 * <p>
 * The runs have a thread pool of their own, held here rather than declared as an {@code Executor}
 * bean: such a bean would make Spring Boot drop the application's own task executor, which Spring
 * MVC and the JPA bootstrap use. A run that cannot be queued fails at once.
 * <p>
 * While it runs, a run's stage, pass and pairs scored are written to its row straight away (not
 * through the aggregate, whose version would then change every two seconds under the coordinator's
 * feet), with a heartbeat. A run whose heartbeat stopped for {@link #INTERRUPTED_AFTER} was
 * interrupted — its node stopped — and is marked FAILED at start, when its program is run again,
 * and shown so meanwhile.
 */
@Component
class PoolRunJobs implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(PoolRunJobs.class);

	/** How often a running run's row is written. */
	static final Duration HEARTBEAT = Duration.ofSeconds(2);

	/** How long without a heartbeat makes a run interrupted. */
	static final Duration INTERRUPTED_AFTER = Duration.ofSeconds(60);

	/**
	 * At start, how long without a heartbeat makes a run interrupted: a node that runs one writes
	 * every {@link #HEARTBEAT}, so a run this much behind was this node's own, before it stopped.
	 */
	static final Duration INTERRUPTED_AT_START = Duration.ofSeconds(15);

	/** The runs of this node, queued or running, with their progress. */
	private final Map<UUID, Progress> mine = new ConcurrentHashMap<>();

	private final ThreadPoolTaskExecutor executor;

	private final ScheduledExecutorService heartbeats;

	private final MatchPools pools;

	private final PoolRunRepository runs;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	PoolRunJobs(MatchPools pools, PoolRunRepository runs, JdbcClient jdbc, PlatformTransactionManager transactions,
			Clock clock, @Value("${passerelle.matching.pool-run-threads:2}") int threads,
			@Value("${passerelle.matching.pool-run-queue:8}") int queue) {
		this.pools = pools;
		this.runs = runs;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
		executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(threads);
		executor.setMaxPoolSize(threads);
		executor.setQueueCapacity(queue);
		executor.setThreadNamePrefix("pool-run-");
		executor.setWaitForTasksToCompleteOnShutdown(false);
		executor.initialize();
		heartbeats = Executors.newSingleThreadScheduledExecutor(task -> {
			var thread = new Thread(task, "pool-run-heartbeat");
			thread.setDaemon(true);
			return thread;
		});
		heartbeats.scheduleWithFixedDelay(() -> mine.forEach(this::write), HEARTBEAT.toMillis(), HEARTBEAT.toMillis(),
				TimeUnit.MILLISECONDS);
	}

	/**
	 * Queues the run.
	 *
	 * @throws TaskRejectedException when as many runs wait as the queue holds
	 */
	void submit(UUID run) {
		var progress = new Progress();
		mine.put(run, progress);
		try {
			executor.execute(() -> execute(run, progress));
		}
		catch (TaskRejectedException ex) {
			mine.remove(run);
			throw ex;
		}
	}

	/** What a running run shows, written to its row at each stage and heartbeat. */
	private static final class Progress {

		volatile PoolRun.Stage stage = PoolRun.Stage.QUEUED;

		volatile int pass;

		volatile PoolGains gains;

		volatile long total;
	}

	private void execute(UUID id, Progress progress) {
		try {
			var run = runs.findById(id).orElse(null);
			if (run == null || run.status() != PoolRun.Status.RUNNING) {
				return;
			}
			stage(id, progress, PoolRun.Stage.SCORING, 0);
			var pool = pools.load(run.program());
			var mentees = pool.waitingMentees();
			var mentors = pool.freeMentors();
			var gains = new PoolGains(pool, mentees, mentors, pool.program().rules().minimumMatchScore());
			progress.gains = gains;
			progress.total = (long) mentees.size() * mentors.size();
			long started = System.nanoTime();
			var optimal = PoolSolver.optimal(gains, run.objective(), pass -> stage(id, progress, PoolRun.Stage.SOLVING, pass));
			stage(id, progress, PoolRun.Stage.COMPARING, progress.pass);
			var greedy = PoolSolver.greedy(gains);
			long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
			if (optimal.assignment().matched() == 0) {
				fail(id, "pool.failed.noAcceptablePair");
				return;
			}
			stage(id, progress, PoolRun.Stage.SAVING, progress.pass);
			var pairs = new ArrayList<PoolRun.Pair>();
			for (int i = 0; i < mentees.size(); i++) {
				int j = optimal.assignment().mentorOf(i);
				var mentor = j == Assignment.UNMATCHED ? null : mentors.get(j);
				pairs.add(new PoolRun.Pair(mentees.get(i).id().value(), mentor == null ? null : mentor.id().value(),
						mentor == null ? null : PoolRun.points(pool.scorer().score(mentees.get(i), mentor)), false));
			}
			var fingerprint = pool.fingerprint();
			transactions.executeWithoutResult(status -> {
				var current = runs.findById(id).orElseThrow();
				current.complete(pairs, mentees.size(), mentors.size(), outcome(gains, optimal.assignment()),
						outcome(gains, greedy), optimal.certificate(), millis, fingerprint, clock.instant());
				runs.save(current);
			});
		}
		catch (RuntimeException | Error ex) {
			log.error("Pool run {} failed", id, ex);
			try {
				fail(id, "pool.failed.error");
			}
			catch (RuntimeException again) {
				log.error("Pool run {} could not be marked failed", id, again);
			}
		}
		finally {
			mine.remove(id);
		}
	}

	/** Totals of an assignment in points, its worst-off matched mentee and how many are matched. */
	static PoolRun.Outcome outcome(PoolGains gains, Assignment assignment) {
		long total = 0;
		long worst = Long.MAX_VALUE;
		int matched = 0;
		for (int i = 0; i < assignment.mentees(); i++) {
			int j = assignment.mentorOf(i);
			if (j == Assignment.UNMATCHED) {
				continue;
			}
			int gain = gains.gain(i, j);
			total += gain;
			worst = Math.min(worst, gain);
			matched++;
		}
		return new PoolRun.Outcome(total / 100.0, matched == 0 ? null : worst / 100.0, matched);
	}

	private void stage(UUID id, Progress progress, PoolRun.Stage stage, int pass) {
		progress.stage = stage;
		progress.pass = pass;
		write(id, progress);
	}

	/** Writes the progress and the heartbeat of a running run; nothing once it ended. */
	private void write(UUID id, Progress progress) {
		synchronized (progress) {
			var gains = progress.gains;
			try {
				jdbc.sql("""
						update pool_run set stage = :stage, solve_pass = :pass, progress_done = :done,
						progress_total = :total, heartbeat_at = :now where id = :id and status = 'RUNNING'""")
					.param("stage", progress.stage.name())
					.param("pass", progress.pass)
					.param("done", gains == null ? 0 : Math.min(gains.scored(), progress.total))
					.param("total", progress.total)
					.param("now", Timestamp.from(clock.instant()))
					.param("id", id)
					.update();
			}
			catch (RuntimeException ex) {
				log.warn("The progress of pool run {} could not be written", id, ex);
			}
		}
	}

	/** Ends a running run as failed, for the reason named by {@code messageCode}. */
	void fail(UUID id, String messageCode) {
		transactions.executeWithoutResult(status -> runs.findById(id).ifPresent(run -> {
			if (run.status() == PoolRun.Status.RUNNING) {
				run.fail(messageCode, clock.instant());
				runs.save(run);
			}
		}));
	}

	/** Whether a run's node has stopped writing its heartbeat. */
	boolean interrupted(PoolRun run) {
		return run.status() == PoolRun.Status.RUNNING && run.heartbeatAt() != null
				&& run.heartbeatAt().plus(INTERRUPTED_AFTER).isBefore(clock.instant());
	}

	/**
	 * Marks FAILED the runs (of {@code program}, or of every program when null) whose heartbeat
	 * stopped: their node was stopped while they ran.
	 *
	 * @return how many
	 */
	int failInterrupted(ProgramId program) {
		return failInterrupted(program, INTERRUPTED_AFTER);
	}

	private int failInterrupted(ProgramId program, Duration silence) {
		var now = clock.instant();
		return jdbc.sql("""
				update pool_run set status = 'FAILED', failure = 'pool.failed.interrupted', stage = null,
				finished_at = :now, version = version + 1
				where status = 'RUNNING' and heartbeat_at < :before and (cast(:program as uuid) is null or program_id = :program)""")
			.param("now", Timestamp.from(now))
			.param("before", Timestamp.from(now.minus(silence)))
			.param("program", program == null ? null : program.value())
			.update();
	}

	@EventListener(ApplicationReadyEvent.class)
	void failInterruptedAtStart() {
		int failed = failInterrupted(null, INTERRUPTED_AT_START);
		if (failed > 0) {
			log.warn("{} pool run(s) interrupted by a stop were marked failed", failed);
		}
	}

	@Override
	public void destroy() {
		heartbeats.shutdownNow();
		executor.shutdown();
	}
}
