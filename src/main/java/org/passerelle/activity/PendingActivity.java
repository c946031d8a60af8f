package org.passerelle.activity;

import java.time.LocalDateTime;

import org.passerelle.program.ProgramId;

/**
 * An event that waits for someone: its attendance to take, or an invitation to answer.
 *
 * @param startsAt when it starts, in the organisation's time zone
 */
public record PendingActivity(ActivityId id, ProgramId program, String title, LocalDateTime startsAt) {
}
