package org.passerelle.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How the module that owns a kind of record destroys or anonymises the records whose retention is
 * over: a bean of that module, found by the privacy module's nightly job by its type, so that the
 * job depends on no module it cleans (the same shape as {@link PersonalDataAccessed}).
 *
 * <p>The job asks for a small batch of due records, then retires that batch in a transaction of
 * its own together with the count it records; a record retired is never due again (it is gone, or
 * marked anonymised), so an interrupted run resumes where it stopped without counting twice.
 */
public interface RecordRetention {

	/** The kind this bean retires; one bean per kind. */
	RecordKind kind();

	/** Whether the kind is destroyed (gone) rather than anonymised (kept for statistics). */
	boolean destroys();

	/**
	 * At most {@code limit} records due, oldest first: those whose period started on or before the
	 * cutoff of their program ({@code cutoffs}, by program id); for a kind that is not per program,
	 * the single cutoff is under the key {@code null}.
	 */
	List<Due> due(Map<UUID, LocalDate> cutoffs, int limit);

	/** Destroys or anonymises the records given, in the caller's transaction. */
	void retire(List<Due> records);

	/** A record due, with the program it is counted under ({@code null} for a kind not per program). */
	record Due(UUID id, UUID program) {
	}
}
