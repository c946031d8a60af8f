package org.passerelle.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.NotFoundException;
import org.passerelle.identity.Actor;
import org.passerelle.program.ProgramId;
import org.passerelle.program.ProgramManagement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each program's employment follow-up schedule (R-OUT-1): the months after closure when its mentees
 * are asked where they stand with work — 3, 6 and 12 by default. Its coordinators and the
 * administrators read and change it; a change applies to the mentorships that close afterwards,
 * the follow-ups already planned keep their dates.
 */
@Service
@Transactional
public class FollowUpSchedules {

	/** The schedule of a program that did not choose one. */
	public static final List<Integer> DEFAULT = List.of(3, 6, 12);

	/** A follow-up is at most three years after closure. */
	public static final int MOST_MONTHS = 36;

	private final ProgramManagement programs;

	private final JdbcClient jdbc;

	FollowUpSchedules(ProgramManagement programs, JdbcClient jdbc) {
		this.programs = programs;
		this.jdbc = jdbc;
	}

	/** The program's schedule, in months after closure, for its coordinators; not found for anyone else. */
	@Transactional(readOnly = true)
	public List<Integer> of(Actor actor, ProgramId program) {
		requireCoordinator(actor, program);
		return months(program);
	}

	/**
	 * Sets the program's schedule: one to six month counts, each from 1 to {@value #MOST_MONTHS},
	 * none twice; kept in increasing order.
	 *
	 * @throws InvalidFieldException naming {@code months} when the schedule makes no sense
	 */
	public List<Integer> change(Actor actor, ProgramId program, List<Integer> months) {
		requireCoordinator(actor, program);
		var checked = check(months);
		jdbc.sql("delete from follow_up_schedule where program_id = ?").param(program.value()).update();
		for (var month : checked) {
			jdbc.sql("insert into follow_up_schedule (program_id, months) values (?, ?)")
				.params(program.value(), month)
				.update();
		}
		return checked;
	}

	/** The schedule of a program; no scope (for planning and reports). */
	@Transactional(readOnly = true)
	List<Integer> months(ProgramId program) {
		var months = jdbc.sql("select months from follow_up_schedule where program_id = ? order by months")
			.param(program.value())
			.query(Integer.class)
			.list();
		return months.isEmpty() ? DEFAULT : months;
	}

	static List<Integer> check(List<Integer> months) {
		if (months == null || months.isEmpty()) {
			throw new InvalidFieldException("months", "employment.schedule.empty");
		}
		if (months.size() > 6) {
			throw new InvalidFieldException("months", "employment.schedule.tooMany", 6);
		}
		var seen = new HashSet<Integer>();
		for (var month : months) {
			if (month == null || month < 1 || month > MOST_MONTHS) {
				throw new InvalidFieldException("months", "employment.schedule.range", MOST_MONTHS);
			}
			if (!seen.add(month)) {
				throw new InvalidFieldException("months", "employment.schedule.twice", month);
			}
		}
		var sorted = new ArrayList<>(months);
		sorted.sort(null);
		return List.copyOf(sorted);
	}

	private void requireCoordinator(Actor actor, ProgramId program) {
		if (!programs.coordinates(actor, program)) {
			throw new NotFoundException("program", program);
		}
	}
}
