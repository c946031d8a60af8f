package org.passerelle.matching;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.passerelle.core.InvalidFieldException;
import org.passerelle.core.PersonalDataAccessed;
import org.passerelle.core.PersonalDataAccessed.FieldChange;
import org.passerelle.identity.AccessPolicy;
import org.passerelle.identity.Actor;
import org.passerelle.participant.ParticipantId;
import org.passerelle.participant.ParticipantDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a person tells matching about themselves (R-MAT): their answers to the personality
 * questionnaire and whether they want a partner of the same background.
 */
@Service
@Transactional
public class MatchingPreferences {

	private final MatchPools pools;

	private final ParticipantDirectory participants;

	private final AccessPolicy policy;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	MatchingPreferences(MatchPools pools, ParticipantDirectory participants, AccessPolicy policy, JdbcClient jdbc,
			Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.pools = pools;
		this.participants = participants;
		this.policy = policy;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A person's questionnaire and wishes; the person or the coordinators who can see them. The audit
	 * trail records who read them.
	 */
	@Transactional(readOnly = true)
	public PreferencesView preferences(Actor actor, ParticipantId participant) {
		participants.find(actor, participant);
		var view = read(participant);
		events.publishEvent(PersonalDataAccessed.viewed(actor.userId().value(), participant.value(), "matching-preferences"));
		return view;
	}

	private PreferencesView read(ParticipantId participant) {
		var found = pools.preferences(List.of(participant)).get(participant);
		var answers = new ArrayList<Integer>();
		if (found != null && found.personality() != null) {
			for (var answer : found.personality()) {
				answers.add((int) answer);
			}
		}
		return new PreferencesView(participant, answers, found != null && found.wantsCulturalMatch());
	}

	/**
	 * Saves a person's answers to the questionnaire (all six, 1 to 5, or none) and whether they
	 * want a partner of the same background. The audit trail records what changed, the answers
	 * withheld.
	 */
	public PreferencesView savePreferences(Actor actor, ParticipantId participant, List<Integer> personality,
			boolean wantsCulturalMatch) {
		var view = participants.find(actor, participant);
		var self = view.user() != null && view.user().equals(actor.userId());
		policy.require(self || policy.mayManageParticipants(actor));
		var answers = personality == null ? List.<Integer>of() : personality;
		if (!answers.isEmpty() && (answers.size() != PreferencesView.STATEMENTS.size()
				|| answers.stream().anyMatch(answer -> answer == null || answer < 1 || answer > 5))) {
			throw new InvalidFieldException("personality", "matching.personality.incomplete");
		}
		var before = read(participant);
		jdbc.sql("""
				insert into matching_preferences (participant_id, personality, wants_cultural_match, updated_at)
				values (:id, :personality, :culture, :at)
				on conflict (participant_id) do update
				set personality = excluded.personality, wants_cultural_match = excluded.wants_cultural_match,
				    updated_at = excluded.updated_at""")
			.param("id", participant.value())
			.param("personality", answers.isEmpty() ? null : answers.stream().mapToInt(Integer::intValue).toArray(),
					Types.ARRAY)
			.param("culture", wantsCulturalMatch)
			.param("at", Timestamp.from(clock.instant()))
			.update();
		participants.programsOf(participant).forEach(pools::changed);
		var after = read(participant);
		var changes = new ArrayList<FieldChange>();
		if (!before.personality().equals(after.personality())) {
			changes.add(new FieldChange("personality", before.personality().isEmpty() ? null : FieldChange.WITHHELD,
					after.personality().isEmpty() ? null : FieldChange.WITHHELD));
		}
		if (before.wantsCulturalMatch() != after.wantsCulturalMatch()) {
			changes.add(new FieldChange("wantsCulturalMatch", String.valueOf(before.wantsCulturalMatch()),
					String.valueOf(after.wantsCulturalMatch())));
		}
		if (!changes.isEmpty()) {
			events.publishEvent(PersonalDataAccessed.changed(actor.userId().value(), participant.value(),
					"matching-preferences", changes));
		}
		return after;
	}
}
