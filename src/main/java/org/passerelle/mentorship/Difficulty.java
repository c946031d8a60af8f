package org.passerelle.mentorship;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.passerelle.core.AggregateRoot;
import org.passerelle.core.RuleViolationException;

import jakarta.persistence.Column;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;

/**
 * A difficulty in a mentorship (R-MEN-4): raised by one of the pair at any time, taken up by the
 * coordinator, followed with notes, resolved — each step dated and attributed.
 */
@Entity
class Difficulty extends AggregateRoot<Difficulty> {

	@Id
	private UUID id;

	private UUID mentorshipId;

	private UUID raisedBy;

	@Enumerated(EnumType.STRING)
	private Party raisedAs;

	private Instant raisedAt;

	@Enumerated(EnumType.STRING)
	private DifficultyKind kind;

	private String description;

	@Enumerated(EnumType.STRING)
	private DifficultyStatus status;

	@ElementCollection
	@CollectionTable(name = "difficulty_step", joinColumns = @JoinColumn(name = "difficulty_id"))
	@OrderColumn(name = "position")
	private List<Step> steps = new ArrayList<>();

	/** One step toward the resolution. */
	@Embeddable
	record Step(Instant at, @Column(name = "by_user") UUID by, @Enumerated(EnumType.STRING) DifficultyStatus status,
			String note) {
	}

	protected Difficulty() {
	}

	static Difficulty raise(MentorshipId mentorship, DifficultyKind kind, String description, UUID by, Party as,
			Instant at) {
		var difficulty = new Difficulty();
		difficulty.id = UUID.randomUUID();
		difficulty.mentorshipId = mentorship.value();
		difficulty.kind = kind;
		difficulty.description = description.strip();
		difficulty.raisedBy = by;
		difficulty.raisedAs = as;
		difficulty.raisedAt = at;
		difficulty.status = DifficultyStatus.OPEN;
		return difficulty;
	}

	/** The coordinator takes it up, or notes where it stands. */
	void follow(String note, UUID by, Instant at) {
		if (status == DifficultyStatus.RESOLVED) {
			throw new RuleViolationException("difficulty.resolved");
		}
		if (status == DifficultyStatus.IN_PROGRESS && (note == null || note.isBlank())) {
			throw new RuleViolationException("difficulty.note.required");
		}
		status = DifficultyStatus.IN_PROGRESS;
		steps.add(new Step(at, by, status, blankToNull(note)));
	}

	/** The coordinator says how it was resolved. */
	void resolve(String resolution, UUID by, Instant at) {
		if (status == DifficultyStatus.RESOLVED) {
			throw new RuleViolationException("difficulty.resolved");
		}
		if (resolution == null || resolution.isBlank()) {
			throw new RuleViolationException("difficulty.resolution.required");
		}
		status = DifficultyStatus.RESOLVED;
		steps.add(new Step(at, by, status, resolution.strip()));
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	UUID id() {
		return id;
	}

	@Override
	protected Object identifier() {
		return id;
	}

	MentorshipId mentorship() {
		return new MentorshipId(mentorshipId);
	}

	UUID raisedBy() {
		return raisedBy;
	}

	Party raisedAs() {
		return raisedAs;
	}

	Instant raisedAt() {
		return raisedAt;
	}

	DifficultyKind kind() {
		return kind;
	}

	String description() {
		return description;
	}

	DifficultyStatus status() {
		return status;
	}

	List<Step> steps() {
		return List.copyOf(steps);
	}
}
