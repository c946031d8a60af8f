package org.passerelle.participant;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ParticipantRepository extends JpaRepository<Participant, UUID> {

	/** Those enrolled in the program: the participant's own rows join the ones asked about. */
	String ENROLLED = """
			where exists (select 1 from Participant q join q.participations e
			              where q = p and e.programId = :program
			                and e.status = org.passerelle.participant.ParticipationStatus.ENROLLED)""";

	Optional<Participant> findByEmail(String email);

	Optional<Participant> findByUserId(UUID userId);

	// A program's people with what their profile and intake read, one collection per query: a
	// query for each collection keeps the reads constant in the number of people without the
	// product of the collections that fetching them all at once would give.

	@Query("select p from Participant p left join fetch p.participations " + ENROLLED)
	List<Participant> enrolledWithParticipations(UUID program);

	@Query("select p from Participant p left join fetch p.screenings " + ENROLLED)
	List<Participant> enrolledWithScreenings(UUID program);

	@Query("select p from Participant p left join fetch p.languages " + ENROLLED)
	List<Participant> enrolledWithLanguages(UUID program);

	@Query("select p from Participant p left join fetch p.availability " + ENROLLED)
	List<Participant> enrolledWithAvailability(UUID program);

	@Query("select p from Participant p left join fetch p.workshopsAttended " + ENROLLED)
	List<Participant> enrolledWithWorkshops(UUID program);

	@Query("select p from Participant p left join fetch p.attestations " + ENROLLED)
	List<Participant> enrolledWithAttestations(UUID program);

	/**
	 * Everyone enrolled in the program, their profile and intake loaded in a fixed number of
	 * reads whatever their number. The reads after the first fill the collections of the
	 * participants the first one loaded, in the same persistence context.
	 */
	default List<Participant> enrolledIn(UUID program) {
		var enrolled = enrolledWithParticipations(program);
		if (!enrolled.isEmpty()) {
			enrolledWithScreenings(program);
			enrolledWithLanguages(program);
			enrolledWithAvailability(program);
			enrolledWithWorkshops(program);
			enrolledWithAttestations(program);
		}
		return enrolled;
	}

	// The people of a list with what their profile reads, one collection per query (an import
	// reads the people it updates this way, a thousand at a time).

	@Query("select p from Participant p left join fetch p.participations where p.id in :ids")
	List<Participant> withParticipations(Collection<UUID> ids);

	@Query("select p from Participant p left join fetch p.languages where p.id in :ids")
	List<Participant> withLanguages(Collection<UUID> ids);

	@Query("select p from Participant p left join fetch p.availability where p.id in :ids")
	List<Participant> withAvailability(Collection<UUID> ids);

	@Query("select p from Participant p left join fetch p.workshopsAttended where p.id in :ids")
	List<Participant> withWorkshops(Collection<UUID> ids);

	@Query("select p from Participant p left join fetch p.attestations where p.id in :ids")
	List<Participant> withAttestations(Collection<UUID> ids);

	/** The people of the list, their profile and participations loaded in five reads. */
	default List<Participant> whole(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		var found = withParticipations(ids);
		withLanguages(ids);
		withAvailability(ids);
		withWorkshops(ids);
		withAttestations(ids);
		return found.stream().distinct().toList();
	}
}
