package org.passerelle.core;

import java.util.List;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.domain.Persistable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * An aggregate that people change concurrently: it raises its own events — published when its
 * repository saves it ({@link #registerEvent}) — and refuses a change made on a version other than
 * the one stored. Every aggregate's table has its {@code version} column.
 *
 * @param <A> the aggregate itself
 */
@MappedSuperclass
public abstract class AggregateRoot<A extends AggregateRoot<A>> extends AbstractAggregateRoot<A>
		implements Persistable<Object> {

	@Version
	private Long version;

	/** The version stored; 0 before the aggregate was first saved. */
	public long version() {
		return version == null ? 0 : version;
	}

	/**
	 * Refuses a change decided on {@code expected} when the aggregate is stored at another version:
	 * someone else changed it since it was read, and nothing is overwritten.
	 * @throws ObjectOptimisticLockingFailureException when the versions differ
	 */
	public void requireVersion(long expected) {
		if (version() != expected) {
			throw new ObjectOptimisticLockingFailureException(getClass(), identifier());
		}
	}

	/** The events raised since the aggregate was last saved, in the order they were raised. */
	public List<Object> events() {
		return List.copyOf(domainEvents());
	}

	/** The aggregate's identity, to name it in the refusal of a stale change. */
	protected abstract Object identifier();

	@Override
	public Object getId() {
		return identifier();
	}

	/**
	 * Whether the aggregate was never saved, so that its repository inserts it: it has no version
	 * yet. Said here because Spring Data would otherwise read {@link #version()}, which is never null.
	 */
	@Override
	public boolean isNew() {
		return version == null;
	}
}
