package org.passerelle.activity;

import java.time.LocalDateTime;

/**
 * What the coordinator says of an event when scheduling it.
 *
 * @param startsAt when it starts, in the organisation's time zone
 * @param durationMinutes how long it lasts; may be left out when {@code endsAt} is given
 * @param endsAt when it ends, instead of its duration; empty when the duration is given
 * @param place an address or the link of an online meeting
 * @param mandatory whether invited people must attend; empty for the program's rule (peer support
 *        sessions are mandatory where the program says group sessions are)
 * @param capacity how many people may say they attend; empty for no limit
 */
public record ActivityDetails(ActivityKind kind, String title, String description, LocalDateTime startsAt,
		Integer durationMinutes, LocalDateTime endsAt, String place, Boolean mandatory, Integer capacity) {
}
