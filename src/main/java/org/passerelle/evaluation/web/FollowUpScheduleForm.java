package org.passerelle.evaluation.web;

import java.util.ArrayList;
import java.util.List;

import org.passerelle.core.InvalidFieldException;

/** A program's follow-up schedule as typed: month counts separated by commas or spaces ("3, 6, 12"). */
record FollowUpScheduleForm(String months) {

	static FollowUpScheduleForm of(List<Integer> months) {
		return new FollowUpScheduleForm(String.join(", ", months.stream().map(String::valueOf).toList()));
	}

	List<Integer> parsed() {
		var parsed = new ArrayList<Integer>();
		for (var part : (months == null ? "" : months).split("[,;\\s]+")) {
			if (part.isBlank()) {
				continue;
			}
			try {
				parsed.add(Integer.valueOf(part.strip()));
			}
			catch (NumberFormatException ex) {
				throw new InvalidFieldException("months", "employment.schedule.number", part.strip());
			}
		}
		return parsed;
	}
}
