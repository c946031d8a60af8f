package org.passerelle.matching;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import org.passerelle.core.AggregateRoot;
import org.passerelle.core.RuleViolationException;
import org.passerelle.identity.UserId;
import org.passerelle.participant.ParticipantId;
import org.passerelle.program.Audience;
import org.passerelle.program.ProgramId;

/**
 * A group mentoring cohort (R-MAT-6): mentees of one sector with the mentors who suit them best,
 * formed from the pool as a draft, then confirmed by the coordinator.
 */
@Entity
class Cohort extends AggregateRoot<Cohort> {

	enum Status {
		DRAFT, CONFIRMED, DISCARDED
	}

	@Id
	private UUID id;

	private UUID programId;

	private String name;

	private String sector;

	@Enumerated(EnumType.STRING)
	private Status status;

	private Instant createdAt;

	private UUID createdBy;

	@ElementCollection
	@CollectionTable(name = "cohort_member", joinColumns = @JoinColumn(name = "cohort_id"))
	@OrderColumn(name = "position")
	private List<Member> members = new ArrayList<>();

	/** Someone of the cohort; a mentor's score is their mean score with the cohort's mentees. */
	@Embeddable
	record Member(@Column(name = "participant_id") UUID participant, @Enumerated(EnumType.STRING) Audience role,
			BigDecimal score) {
	}

	protected Cohort() {
	}

	static Cohort draft(ProgramId program, String name, String sector, List<Member> members, UserId by, Instant at) {
		var cohort = new Cohort();
		cohort.id = UUID.randomUUID();
		cohort.programId = program.value();
		cohort.name = name;
		cohort.sector = sector;
		cohort.status = Status.DRAFT;
		cohort.createdAt = at;
		cohort.createdBy = by.value();
		cohort.members.addAll(members);
		return cohort;
	}

	/** Takes someone out of a draft: they return to the pool. */
	void remove(ParticipantId participant) {
		requireDraft();
		if (!members.removeIf(member -> member.participant().equals(participant.value()))) {
			throw new RuleViolationException("cohort.notMember");
		}
	}

	void confirm(int minimumMentees, int minimumMentors) {
		requireDraft();
		if (count(Audience.MENTEE) < minimumMentees || count(Audience.MENTOR) < minimumMentors) {
			throw new RuleViolationException("cohort.tooSmall", minimumMentees, minimumMentors);
		}
		status = Status.CONFIRMED;
	}

	void discard() {
		requireDraft();
		status = Status.DISCARDED;
	}

	long count(Audience role) {
		return members.stream().filter(member -> member.role() == role).count();
	}

	private void requireDraft() {
		if (status != Status.DRAFT) {
			throw new RuleViolationException("cohort.notDraft");
		}
	}

	UUID id() {
		return id;
	}

	@Override
	protected Object identifier() {
		return id;
	}

	ProgramId program() {
		return new ProgramId(programId);
	}

	String name() {
		return name;
	}

	String sector() {
		return sector;
	}

	Status status() {
		return status;
	}

	Instant createdAt() {
		return createdAt;
	}

	List<Member> members() {
		return List.copyOf(members);
	}
}
