package org.passerelle.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.passerelle.identity.Actor;
import org.passerelle.participant.ParticipantId;
import org.passerelle.participant.IntakeChecklist;
import org.passerelle.participant.PoolMember;
import org.passerelle.program.Audience;
import org.passerelle.program.IntakeStep;
import org.passerelle.program.ProgramId;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramView;
import org.passerelle.reference.PostalArea;
import org.passerelle.reference.ReferenceData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a program's pool as matching needs it: the people enrolled, their questionnaires and
 * wishes, their places, the mentors' room left, the pairs already open or excluded.
 */
@Component
class MatchPools {

	static final String OPEN_STATUSES = "('PROPOSED', 'ACCEPTED', 'INTRODUCED', 'AGREED')";

	private final IntakeChecklist participants;

	private final ProgramManagement programs;

	private final ReferenceData reference;

	private final JdbcClient jdbc;

	private final MatchPoolCache cache;

	MatchPools(IntakeChecklist participants, ProgramManagement programs, ReferenceData reference,
			JdbcClient jdbc, MatchPoolCache cache) {
		this.cache = cache;
		this.participants = participants;
		this.programs = programs;
		this.reference = reference;
		this.jdbc = jdbc;
	}

	/** The program's pool as it stands: kept from an earlier read unless something changed since. */
	MatchPool load(ProgramId program) {
		return cache.get(program, this::build);
	}

	/** Forgets the program's pool once the transaction ends; every program's when null. */
	void changed(ProgramId program) {
		cache.changed(program);
	}

	/** Reads the program's pool: a few reads whatever the number of people. */
	@Transactional(readOnly = true)
	MatchPool build(ProgramId program) {
		var view = programs.find(Actor.system(), program);
		var members = participants.enrolled(program);
		var preferences = preferences(members.stream().map(PoolMember::id).toList());
		var loads = loads();
		var vocabulary = new TextVectors.Vocabulary();
		members.forEach(member -> vocabulary.add(member.details().careerGoals()));
		var areas = new HashMap<String, Optional<PostalArea>>();
		var profiles = new ArrayList<MatchProfile>();
		var matchable = new HashSet<ParticipantId>();
		var missing = new HashMap<ParticipantId, List<IntakeStep>>();
		for (var member : members) {
			if (member.matchable()) {
				matchable.add(member.id());
			}
			if (!member.missing().isEmpty()) {
				missing.put(member.id(), member.missing());
			}
			var postalCode = member.details().postalCode();
			var area = postalCode == null ? Optional.<PostalArea>empty()
					: areas.computeIfAbsent(postalCode.forwardSortationArea(), reference::area);
			profiles.add(profile(member, view, preferences.get(member.id()), area.orElse(null),
					loads.getOrDefault(member.id(), 0), vocabulary));
		}
		var taken = new HashSet<>(jdbc.sql("select mentee_id from match where program_id = ? and status in " + OPEN_STATUSES)
			.param(program.value())
			.query((rs, row) -> new ParticipantId(rs.getObject(1, UUID.class)))
			.list());
		var declared = new HashMap<Long, Exclusion>();
		jdbc.sql("select mentee_id, mentor_id, reason from match_exclusion").query((rs, row) -> {
			declared.merge(MatchPool.key(new ParticipantId(rs.getObject(1, UUID.class)),
					new ParticipantId(rs.getObject(2, UUID.class))), Exclusion.valueOf(rs.getString(3)),
					(a, b) -> a.ordinal() <= b.ordinal() ? a : b);
			return null;
		}).list();
		return new MatchPool(view, profiles, vocabulary, matchable, taken, declared, missing);
	}

	/** The questionnaire and wishes of these people, where they gave them. */
	Map<ParticipantId, Preferences> preferences(List<ParticipantId> ids) {
		var found = new HashMap<ParticipantId, Preferences>();
		if (ids.isEmpty()) {
			return found;
		}
		jdbc.sql("select participant_id, personality, wants_cultural_match from matching_preferences "
				+ "where participant_id = any(?)")
			.param(ids.stream().map(ParticipantId::value).toArray(UUID[]::new))
			.query((rs, row) -> {
				var array = rs.getArray("personality");
				byte[] answers = null;
				if (array != null) {
					var values = (Object[]) array.getArray();
					answers = new byte[values.length];
					for (int i = 0; i < values.length; i++) {
						answers[i] = ((Number) values[i]).byteValue();
					}
				}
				found.put(new ParticipantId(rs.getObject("participant_id", UUID.class)),
						new Preferences(answers, rs.getBoolean("wants_cultural_match")));
				return null;
			})
			.list();
		return found;
	}

	private Map<ParticipantId, Integer> loads() {
		var loads = new HashMap<ParticipantId, Integer>();
		jdbc.sql("select mentor_id, load from mentor_load where load > 0").query((rs, row) -> {
			loads.put(new ParticipantId(rs.getObject(1, UUID.class)), rs.getInt(2));
			return null;
		}).list();
		return loads;
	}

	/** The mentees a mentor may follow at once: as they said, or as the program sets. */
	static int capacity(PoolMember member, ProgramView program) {
		var said = member.details().capacity();
		return said != null ? said : program.rules().mentorCapacity();
	}

	static MatchProfile profile(PoolMember member, ProgramView program, Preferences preferences, PostalArea area,
			int load, TextVectors.Vocabulary vocabulary) {
		var details = member.details();
		var codes = new ArrayList<String>();
		var levels = new ArrayList<Integer>();
		for (var skill : details.languages()) {
			if (skill.code() != null && !codes.contains(skill.code())) {
				codes.add(skill.code());
				levels.add(skill.level() == null ? 0 : skill.level());
			}
		}
		if (details.preferredLanguage() != null) {
			var preferred = details.preferredLanguage().name().toLowerCase(Locale.ROOT);
			if (!codes.contains(preferred)) {
				codes.add(preferred);
				levels.add(0);
			}
		}
		int availability = 0;
		for (var slot : details.availability()) {
			availability |= 1 << slot.ordinal();
		}
		double x = Double.NaN;
		double y = Double.NaN;
		double z = Double.NaN;
		if (area != null) {
			double latitude = Math.toRadians(area.latitude());
			double longitude = Math.toRadians(area.longitude());
			x = Math.cos(latitude) * Math.cos(longitude);
			y = Math.cos(latitude) * Math.sin(longitude);
			z = Math.sin(latitude);
		}
		var culture = fold(details.culturalBackground());
		if (culture == null && details.countryOfOrigin() != null) {
			culture = details.countryOfOrigin().toLowerCase(Locale.ROOT);
		}
		var room = member.role() == Audience.MENTOR ? Math.max(0, capacity(member, program) - load) : 0;
		return new MatchProfile(member.id(), member.role(), details.firstName() + " " + details.lastName(),
				blankToNull(details.occupationCode()), blankToNull(details.targetOccupationCode()),
				blankToNull(details.industryCode()), codes.toArray(String[]::new),
				levels.stream().mapToInt(Integer::intValue).toArray(), x, y, z,
				area == null ? null : area.code(), details.remoteOk(), availability,
				vocabulary.vector(details.careerGoals()), preferences == null ? null : preferences.personality(), culture,
				preferences != null && preferences.wantsCulturalMatch(), details.employerOrganisation() != null, room);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip().replace("-", "");
	}

	static String fold(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
	}

	/** What a person told matching: their answers to the questionnaire and their wish. */
	record Preferences(byte[] personality, boolean wantsCulturalMatch) {
	}
}
