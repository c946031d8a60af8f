package org.passerelle.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.passerelle.Fixtures;
import org.passerelle.IntegrationTest;
import org.passerelle.activity.Activities;
import org.passerelle.activity.ActivityDetails;
import org.passerelle.activity.ActivityKind;
import org.passerelle.activity.ActivityView;
import org.passerelle.core.Language;
import org.passerelle.identity.Actor;
import org.passerelle.identity.UserManagement;
import org.passerelle.matching.MatchingFixtures;
import org.passerelle.matching.Proposals;
import org.passerelle.matching.MentoringAgreements;
import org.passerelle.organisation.OrganisationManagement;
import org.passerelle.participant.ParticipantManagement;
import org.passerelle.program.MeetingCadence;
import org.passerelle.program.ProgramManagement;
import org.passerelle.program.ProgramRules;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Meetings and events in people's calendars: each person's secret feed holds what they would see
 * signed in — never a private note, never someone else's — a new address ends the old one, and
 * the {@code .ics} file of a meeting or an event reaches only those who reach its page.
 */
@IntegrationTest
class CalendarTests {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	@Autowired
	MockMvc mvc;

	@Autowired
	Calendars calendars;

	@Autowired
	MentorshipManagement mentorships;

	@Autowired
	Meetings meetings;

	@Autowired
	Activities activities;

	@Autowired
	Proposals proposals;

	@Autowired
	MentoringAgreements agreements;

	@Autowired
	ProgramManagement programs;

	@Autowired
	ParticipantManagement participants;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	Clock clock;

	Pair pair() {
		var f = MatchingFixtures.create(new Fixtures(organisations, users), programs, participants,
				MatchingFixtures.weights(100, 0, 0, 0),
				ProgramRules.builder().durationWeeks(12).meetingCadence(MeetingCadence.EVERY_TWO_WEEKS).build(),
				Set.of(Language.FR, Language.EN));
		return Pair.agreed(f, proposals, agreements, mentorships, today());
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	/** A meeting logged today by the mentor, with a shared and a private note. */
	MentorshipView.MeetingView meeting(Pair pair) {
		var logged = meetings.log(pair.asMentor(), pair.mentorship(), new MeetingDetails(today(), 75,
				MeetingMode.VIDEO, Set.of(), "CV revu ensemble", "Awa semble inquiète"));
		return logged.meetings().getFirst();
	}

	/** A workshop in ten days at 18:00, to which only the pair's mentee is invited. */
	ActivityView workshopFor(Pair pair) {
		var scheduled = activities.schedule(pair.coordinator(), pair.program().program().id(),
				new ActivityDetails(ActivityKind.WORKSHOP, "Atelier CV " + Fixtures.unique(""), "Apportez votre CV",
						today().plusDays(10).atTime(LocalTime.of(18, 0)), 90, null, "Salle 2", false, null));
		return activities.invite(pair.coordinator(), scheduled.id(), scheduled.version(), Set.of(),
				List.of(pair.mentee()));
	}

	/** The feed's text with its folded lines put back together. */
	String feed(String token) throws Exception {
		var response = mvc.perform(get("/calendar/{token}.ics", token))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/calendar")))
			.andExpect(header().string("Content-Type", containsString("UTF-8")))
			.andReturn()
			.getResponse();
		response.setCharacterEncoding("UTF-8");
		return unfold(response.getContentAsString());
	}

	static String unfold(String calendar) {
		return calendar.replace("\r\n ", "");
	}

	/** The event with this UID, from BEGIN to END, or null. */
	static String event(String calendar, String uid) {
		return Arrays.stream(calendar.split("BEGIN:VEVENT"))
			.filter(block -> block.contains("\r\nUID:" + uid + "\r\n"))
			.findFirst()
			.orElse(null);
	}

	@Test
	void aMenteesFeedHoldsTheirMeetingsTheNextMeetingDueAndTheirSessionsButNeverAPrivateNote() throws Exception {
		var pair = pair();
		var other = pair();
		var meeting = meeting(pair);
		var workshop = workshopFor(pair);
		var view = mentorships.find(pair.asMentee(), pair.mentorship());

		var feed = feed(calendars.token(pair.asMentee()));
		assertThat(feed).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
		var held = event(feed, "meeting-" + meeting.id() + "@passerelle");
		assertThat(held).as("the meeting logged").isNotNull();
		assertThat(held).contains("DTSTART;VALUE=DATE:" + today().format(DateTimeFormatter.BASIC_ISO_DATE))
			.contains("SUMMARY:Mentoring meeting — " + view.menteeName() + " / " + view.mentorName() + " (75 min)")
			.contains("CV revu ensemble");
		assertThat(feed).doesNotContain("inquiète");

		assertThat(view.cadence().nextMeetingBy()).isEqualTo(today().plusWeeks(2));
		assertThat(event(feed, "next-meeting-" + pair.mentorship().value() + "@passerelle"))
			.contains("DTSTART;VALUE=DATE:" + today().plusWeeks(2).format(DateTimeFormatter.BASIC_ISO_DATE));
		assertThat(event(feed, "planned-end-" + pair.mentorship().value() + "@passerelle"))
			.contains("DTSTART;VALUE=DATE:" + view.plannedEnd().format(DateTimeFormatter.BASIC_ISO_DATE));

		var session = event(feed, "activity-" + workshop.id().value() + "@passerelle");
		assertThat(session).as("the session the mentee is invited to").isNotNull();
		var start = workshop.startsAt().atZone(clock.getZone()).toInstant();
		assertThat(session).contains("DTSTART:" + UTC.format(start))
			.contains("DTEND:" + UTC.format(start.plusSeconds(90 * 60)))
			.contains("LOCATION:Salle 2")
			.contains("SUMMARY:" + workshop.title());

		var othersFeed = feed(calendars.token(other.asMentee()));
		assertThat(othersFeed).contains("BEGIN:VCALENDAR")
			.doesNotContain(meeting.id().toString())
			.doesNotContain(workshop.id().value().toString())
			.doesNotContain(pair.mentorship().value().toString());
	}

	@Test
	void eachPersonReadsTheirFeedInTheirOwnLanguageAndACancelledSessionLeavesIt() throws Exception {
		var pair = pair();
		meeting(pair);
		var workshop = workshopFor(pair);
		// the mentor reads French
		assertThat(feed(calendars.token(pair.asMentor()))).contains("SUMMARY:Rencontre de mentorat — ")
			.doesNotContain("Mentoring meeting");

		assertThat(event(feed(calendars.token(pair.asMentee())), "activity-" + workshop.id().value() + "@passerelle"))
			.isNotNull();
		activities.cancel(pair.coordinator(), workshop.id(), workshop.version(), "Salle indisponible");
		assertThat(event(feed(calendars.token(pair.asMentee())), "activity-" + workshop.id().value() + "@passerelle"))
			.isNull();
	}

	@Test
	void aNewAddressEndsTheOldOneAtOnceAndUnknownAddressesAreNotFound() throws Exception {
		var pair = pair();
		var first = calendars.token(pair.asMentee());
		assertThat(first).hasSizeGreaterThanOrEqualTo(32).matches("[A-Za-z0-9_-]+");
		assertThat(calendars.token(pair.asMentee())).as("the same address until a new one is made").isEqualTo(first);
		assertThat(calendars.token(pair.asMentor())).isNotEqualTo(first);

		var renewed = calendars.renew(pair.asMentee());
		assertThat(renewed).isNotEqualTo(first);
		mvc.perform(get("/calendar/{token}.ics", first)).andExpect(status().isNotFound());
		mvc.perform(get("/calendar/{token}.ics", renewed)).andExpect(status().isOk());

		mvc.perform(get("/calendar/{token}.ics", "x".repeat(43))).andExpect(status().isNotFound());
		mvc.perform(get("/calendar/{token}.ics", "short")).andExpect(status().isNotFound());
		mvc.perform(get("/calendar/{token}.ics", "a'b--".repeat(8))).andExpect(status().isNotFound());
	}

	@Test
	void aDeactivatedAccountsFeedIsNotFound() throws Exception {
		var pair = pair();
		var token = calendars.token(pair.asMentee());
		mvc.perform(get("/calendar/{token}.ics", token)).andExpect(status().isOk());
		users.setActive(Actor.system(), pair.asMentee().userId(), false);
		mvc.perform(get("/calendar/{token}.ics", token)).andExpect(status().isNotFound());
	}

	@Test
	void theFileOfAMeetingReachesOnlyThePairAndTheCoordinators() throws Exception {
		var pair = pair();
		var other = pair();
		var meeting = meeting(pair);
		var mentee = Fixtures.signIn(mvc, pair.asMentee().email());
		var response = mvc.perform(get("/meetings/{id}.ics", meeting.id()).session(mentee))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/calendar")))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Disposition", containsString(".ics")))
			.andReturn()
			.getResponse();
		response.setCharacterEncoding("UTF-8");
		var file = unfold(response.getContentAsString());
		assertThat(event(file, "meeting-" + meeting.id() + "@passerelle")).isNotNull().contains("CV revu ensemble");
		assertThat(file).contains("BEGIN:VEVENT").doesNotContain("inquiète");

		mvc.perform(get("/meetings/{id}.ics", meeting.id()).session(Fixtures.signIn(mvc, pair.coordinator().email())))
			.andExpect(status().isOk());
		mvc.perform(get("/meetings/{id}.ics", meeting.id()).session(Fixtures.signIn(mvc, other.asMentee().email())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/meetings/{id}.ics", meeting.id()).session(Fixtures.signIn(mvc, other.coordinator().email())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/meetings/{id}.ics", java.util.UUID.randomUUID()).session(mentee))
			.andExpect(status().isNotFound());
		mvc.perform(get("/meetings/{id}.ics", meeting.id())).andExpect(redirectedUrl("/login"));

		var page = mvc.perform(get("/mentorships/{id}", pair.mentorship().value()).session(mentee))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(page).select("a[href$=/meetings/" + meeting.id() + ".ics]")).hasSize(1);
	}

	@Test
	void theFileOfAnEventReachesThoseInvitedAndItsCoordinatorsOnly() throws Exception {
		var pair = pair();
		var other = pair();
		var workshop = workshopFor(pair);
		var mentee = Fixtures.signIn(mvc, pair.asMentee().email());
		var response = mvc.perform(get("/activities/{id}.ics", workshop.id().value()).session(mentee))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn()
			.getResponse();
		response.setCharacterEncoding("UTF-8");
		assertThat(event(unfold(response.getContentAsString()), "activity-" + workshop.id().value() + "@passerelle"))
			.contains("DTSTART:" + UTC.format(workshop.startsAt().atZone(clock.getZone()).toInstant()));

		mvc.perform(get("/activities/{id}.ics", workshop.id().value())
			.session(Fixtures.signIn(mvc, pair.coordinator().email()))).andExpect(status().isOk());
		// the mentor of the pair is not invited
		mvc.perform(get("/activities/{id}.ics", workshop.id().value()).session(Fixtures.signIn(mvc, pair.asMentor().email())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/activities/{id}.ics", workshop.id().value())
			.session(Fixtures.signIn(mvc, other.asMentee().email()))).andExpect(status().isNotFound());

		var page = mvc.perform(get("/activities/{id}", workshop.id().value()).session(mentee))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(page).select("a[href$=/activities/" + workshop.id().value() + ".ics]")).hasSize(1);
	}

	@Test
	void thePageShowsTheAddressAndMakesANewOne() throws Exception {
		var pair = pair();
		var mentee = Fixtures.signIn(mvc, pair.asMentee().email());
		var page = Jsoup.parse(mvc.perform(get("/calendar").session(mentee))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		var input = page.selectFirst("input#feed-url[readonly]");
		assertThat(input).isNotNull();
		assertThat(page.select("label[for=feed-url]")).hasSize(1);
		var first = input.val();
		assertThat(first).startsWith("http").endsWith(Calendars.feedPath(calendars.token(pair.asMentee())));

		mvc.perform(post("/calendar/renew").session(mentee).with(csrf()))
			.andExpect(redirectedUrl("/calendar"))
			.andExpect(flash().attribute("saved", "calendar.renewed"));
		var second = Jsoup.parse(mvc.perform(get("/calendar").session(mentee))
			.andReturn()
			.getResponse()
			.getContentAsString()).selectFirst("input#feed-url").val();
		assertThat(second).isNotEqualTo(first);
		mvc.perform(get(URI.create(first).getPath())).andExpect(status().isNotFound());
		mvc.perform(get(URI.create(second).getPath())).andExpect(status().isOk());

		mvc.perform(get("/calendar")).andExpect(redirectedUrl("/login"));
		mvc.perform(post("/calendar/renew").with(csrf())).andExpect(redirectedUrl("/login"));
		for (var list : List.of("/mentorships", "/activities")) {
			var links = Jsoup.parse(mvc.perform(get(list).session(mentee)).andReturn().getResponse().getContentAsString())
				.select("a[href$=/calendar]");
			assertThat(links).as(list).isNotEmpty();
		}
	}

	@Test
	void theApiGivesTheAddressAndMakesANewOne() throws Exception {
		var pair = pair();
		var basic = httpBasic(pair.asMentee().email(), Fixtures.PASSWORD);
		String first = JsonPath.read(mvc.perform(get("/api/calendar").with(basic))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.url");
		assertThat(first).startsWith("http").endsWith(Calendars.feedPath(calendars.token(pair.asMentee())));
		mvc.perform(get(URI.create(first).getPath())).andExpect(status().isOk());

		String second = JsonPath.read(mvc.perform(post("/api/calendar/renew").with(basic))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.url");
		assertThat(second).isNotEqualTo(first);
		mvc.perform(get(URI.create(first).getPath())).andExpect(status().isNotFound());
		mvc.perform(get(URI.create(second).getPath())).andExpect(status().isOk());

		mvc.perform(get("/api/calendar")).andExpect(status().isUnauthorized());
	}
}
