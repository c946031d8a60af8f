package org.passerelle.matching.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.passerelle.identity.Actor;
import org.passerelle.matching.AgreementView;
import org.passerelle.matching.CohortView;
import org.passerelle.matching.ConnectorIntroductions;
import org.passerelle.matching.FollowUpOutcome;
import org.passerelle.matching.GroupMatching;
import org.passerelle.matching.Network;
import org.passerelle.matching.Decision;
import org.passerelle.matching.MatchId;
import org.passerelle.matching.MatchSummary;
import org.passerelle.matching.MatchView;
import org.passerelle.matching.MatchSuggestions;
import org.passerelle.matching.PoolRuns;
import org.passerelle.matching.Proposals;
import org.passerelle.matching.MatchingPreferences;
import org.passerelle.matching.MentoringAgreements;
import org.passerelle.matching.PairExplanation;
import org.passerelle.matching.PoolRunRefusedException;
import org.passerelle.matching.PoolRunView;
import org.passerelle.matching.Suggestion;
import org.passerelle.matching.PoolPage;
import org.passerelle.matching.PreferencesView;
import org.passerelle.matching.Suggestions;
import org.passerelle.participant.ParticipantId;
import org.passerelle.program.Audience;
import org.passerelle.program.ProgramId;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Matching over REST, scoped like the pages: coordinators get suggestions, run and confirm the
 * pool, propose, record introductions; mentees and mentors answer and sign their own proposals.
 */
@RestController
@Tag(name = "Matching", description = "Suggestions, optimal pool matching, proposals and the mentoring agreement")
class MatchingApiController {

	private final MatchSuggestions matchSuggestions;

	private final PoolRuns poolRuns;

	private final Proposals proposals;

	private final MatchingPreferences matchingPreferences;

	private final GroupMatching groups;

	private final ConnectorIntroductions connectors;

	private final MentoringAgreements agreements;

	private final MessageSource messages;

	MatchingApiController(MatchSuggestions matchSuggestions, PoolRuns poolRuns, Proposals proposals,
			MatchingPreferences matchingPreferences, GroupMatching groups, ConnectorIntroductions connectors,
			MentoringAgreements agreements, MessageSource messages) {
		this.agreements = agreements;
		this.messages = messages;
		this.matchSuggestions = matchSuggestions;
		this.poolRuns = poolRuns;
		this.proposals = proposals;
		this.matchingPreferences = matchingPreferences;
		this.groups = groups;
		this.connectors = connectors;
	}

	@GetMapping("/api/programs/{program}/matching/mentees/{mentee}/suggestions")
	@Operation(summary = "The best mentors for a mentee, each with the score and every criterion's contribution")
	Suggestions mentorsFor(Actor actor, @PathVariable ProgramId program, @PathVariable ParticipantId mentee,
			@RequestParam(defaultValue = "10") int limit, Locale locale) {
		return matchSuggestions.suggestMentors(actor, program, mentee, limit, locale);
	}

	@GetMapping("/api/programs/{program}/matching/mentors/{mentor}/suggestions")
	@Operation(summary = "The best waiting mentees for a mentor, with the reasons")
	Suggestions menteesFor(Actor actor, @PathVariable ProgramId program, @PathVariable ParticipantId mentor,
			@RequestParam(defaultValue = "10") int limit, Locale locale) {
		return matchSuggestions.suggestMentees(actor, program, mentor, limit, locale);
	}

	@GetMapping("/api/programs/{program}/matching/explain")
	@Operation(summary = "One pair's score, why, and the hard rule that forbids it, if any")
	PairExplanation explain(Actor actor, @PathVariable ProgramId program, @RequestParam ParticipantId mentee, @RequestParam ParticipantId mentor,
			Locale locale) {
		return matchSuggestions.explain(actor, program, mentee, mentor,
				locale);
	}

	@PostMapping("/api/programs/{program}/matching/runs")
	@Operation(summary = "Start matching the waiting pool in the background: 202 with the run (RUNNING) and its "
			+ "address in Location, to poll until it is a DRAFT (optimal, compared with greedy on the same pool) or "
			+ "FAILED; 409 when nobody waits, no mentor is free or a run is already in progress (named in run)")
	ResponseEntity<PoolRunView> run(Actor actor, @PathVariable ProgramId program, Locale locale) {
		var run = poolRuns.start(actor, program, locale);
		return ResponseEntity.accepted().location(URI.create("/api/matching/runs/" + run.id())).body(run);
	}

	@GetMapping("/api/programs/{program}/matching/runs")
	@Operation(summary = "The latest runs of the program's pool, with their state, without their pairs")
	List<PoolRunView> runs(Actor actor, @PathVariable ProgramId program, Locale locale) {
		return poolRuns.runs(actor, program, locale);
	}

	/** A run that cannot start, or a draft that cannot be confirmed: a conflict with the state of the pool. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> refused(PoolRunRefusedException ex, Locale locale) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, messages.getMessage(ex, locale));
		problem.setTitle(messages.getMessage("problem.rule.title", null, locale));
		var response = ResponseEntity.status(HttpStatus.CONFLICT);
		if (ex.running() != null) {
			var address = URI.create("/api/matching/runs/" + ex.running());
			problem.setProperty("run", ex.running());
			problem.setProperty("href", address);
			response.location(address);
		}
		return response.body(problem);
	}

	@GetMapping("/api/matching/runs/{run}")
	@Operation(summary = "A run: while RUNNING its progress; once done a page of its pairs (50 by default) with "
			+ "their reasons, the objective, the proof of optimality and the comparison with greedy")
	PoolRunView findRun(Actor actor, @PathVariable UUID run, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, Locale locale) {
		return poolRuns.run(actor, run, page, size, null, locale);
	}

	@GetMapping("/api/matching/runs/{run}/pairs/{mentee}/alternatives")
	@Operation(summary = "The mentors a mentee of a draft could take instead, the best first")
	List<Suggestion> alternatives(Actor actor, @PathVariable UUID run, @PathVariable ParticipantId mentee, Locale locale) {
		return poolRuns.alternatives(actor, run, mentee, locale);
	}

	@GetMapping("/api/programs/{program}/matching/mentees")
	@Operation(summary = "A page of the program's mentees (50 by default), those whose name holds q, with the total")
	PoolPage mentees(Actor actor, @PathVariable ProgramId program, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return matchSuggestions.people(actor, program, Audience.MENTEE, q, page, size);
	}

	@GetMapping("/api/programs/{program}/matching/mentors")
	@Operation(summary = "A page of the program's mentors (50 by default), those whose name holds q, with the total")
	PoolPage mentors(Actor actor, @PathVariable ProgramId program, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return matchSuggestions.people(actor, program, Audience.MENTOR, q, page, size);
	}

	@PutMapping("/api/matching/runs/{run}/pairs/{mentee}")
	@Operation(summary = "Propose another mentor (or none) to a mentee of a draft")
	PoolRunView changePair(Actor actor, @PathVariable UUID run, @PathVariable ParticipantId mentee,
			@Valid @RequestBody PairChange change, Locale locale) {
		return poolRuns.changePair(actor, run, change.version(), mentee,
				change.mentor() == null ? null : new ParticipantId(change.mentor()), locale);
	}

	@PostMapping("/api/matching/runs/{run}/confirm")
	@Operation(summary = "Confirm a draft: every pair becomes a proposal; all or nothing")
	List<MatchSummary> confirm(Actor actor, @PathVariable UUID run, @Valid @RequestBody Versioned request, Locale locale) {
		return poolRuns.confirm(actor, run, request.version(), locale);
	}

	@PostMapping("/api/matching/runs/{run}/discard")
	@Operation(summary = "Drop a draft")
	ResponseEntity<Void> discard(Actor actor, @PathVariable UUID run, @Valid @RequestBody Versioned request) {
		poolRuns.discard(actor, run, request.version());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/programs/{program}/matches")
	@Operation(summary = "The program's proposals, newest first")
	List<MatchSummary> programMatches(Actor actor, @PathVariable ProgramId program) {
		return proposals.matches(actor, program);
	}

	@PostMapping("/api/programs/{program}/matches")
	@Operation(summary = "Propose one pair; refused when a hard rule forbids it or the mentor is full")
	ResponseEntity<MatchView> propose(Actor actor, @PathVariable ProgramId program, @Valid @RequestBody PairRequest pair,
			Locale locale) {
		var match = proposals.propose(actor, program, new ParticipantId(pair.mentee()),
				new ParticipantId(pair.mentor()), locale);
		return ResponseEntity.created(URI.create("/api/matches/" + match.id())).body(match);
	}

	@PostMapping("/api/programs/{program}/matching/conflicts")
	@Operation(summary = "Declare a conflict of interest: the pair is never proposed")
	ResponseEntity<Void> conflict(Actor actor, @PathVariable ProgramId program, @Valid @RequestBody PairRequest pair) {
		proposals.declareConflict(actor, program, new ParticipantId(pair.mentee()),
				new ParticipantId(pair.mentor()), pair.note());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/matches")
	@Operation(summary = "The caller's own proposals, as mentee or mentor")
	List<MatchSummary> mine(Actor actor) {
		return proposals.mine(actor);
	}

	@GetMapping("/api/matches/{id}")
	@Operation(summary = "A proposal: its coordinators and the two people in it; 404 for anyone else")
	MatchView find(Actor actor, @PathVariable MatchId id, Locale locale) {
		return proposals.find(actor, id, locale);
	}

	@PostMapping("/api/matches/{id}/answer")
	@Operation(summary = "Accept or decline (with a reason); a coordinator answering for someone names the side")
	MatchView answer(Actor actor, @PathVariable MatchId id, @Valid @RequestBody Answer answer, Locale locale) {
		return proposals.answer(actor, id, answer.version(), answer.side(), answer.decision(),
				answer.reason(), locale);
	}

	@PostMapping("/api/matches/{id}/introduction")
	@Operation(summary = "Record the introduction meeting (coordinators)")
	MatchView introduction(Actor actor, @PathVariable MatchId id, @Valid @RequestBody Introduction introduction,
			Locale locale) {
		return proposals.recordIntroduction(actor, id, introduction.version(), introduction.on(), locale);
	}

	@PostMapping("/api/matches/{id}/sign")
	@Operation(summary = "Accept the mentoring agreement in force, for oneself")
	MatchView sign(Actor actor, @PathVariable MatchId id, @Valid @RequestBody Versioned request, Locale locale) {
		return agreements.sign(actor, id, request.version(), locale);
	}

	@PostMapping(path = "/api/matches/{id}/paper-signature", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Record that the mentee or the mentor signed the agreement on paper, on a given day (coordinators)")
	MatchView signOnPaper(Actor actor, @PathVariable MatchId id, @Valid @RequestBody PaperSignature request, Locale locale) {
		return agreements.signOnPaper(actor, id, request.version(), request.side(), request.signedOn(), null,
				locale);
	}

	@PostMapping(path = "/api/matches/{id}/paper-signature", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Record a paper signature with the scan of the signed page (PDF, JPEG or PNG, 5 MB at most)")
	MatchView signOnPaperWithScan(Actor actor, @PathVariable MatchId id, @RequestParam long version,
			@RequestParam(required = false) Audience side,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn,
			@RequestPart(name = "scan", required = false) MultipartFile scan, Locale locale) throws IOException {
		return agreements.signOnPaper(actor, id, version, side, signedOn, scan(scan), locale);
	}

	@GetMapping("/api/matches/{id}/paper-signature/{side}/scan")
	@Operation(summary = "The scan of a paper signature (coordinators)")
	ResponseEntity<byte[]> paperScan(Actor actor, @PathVariable MatchId id, @PathVariable Audience side, Locale locale) {
		return download(agreements.scan(actor, id, side, locale));
	}

	/** The scan of a signed page as a download, named as it was uploaded. */
	static ResponseEntity<byte[]> download(MentoringAgreements.Scan scan) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(scan.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(scan.fileName(), StandardCharsets.UTF_8).build().toString())
			.body(scan.content());
	}

	/** An uploaded scan, or none when no file was chosen. */
	static MentoringAgreements.Scan scan(MultipartFile file) throws IOException {
		return file == null || file.isEmpty() ? null
				: new MentoringAgreements.Scan(file.getOriginalFilename(), file.getContentType(), file.getBytes());
	}

	@PostMapping("/api/matches/{id}/cancel")
	@Operation(summary = "Withdraw a proposal before the agreement is signed (coordinators)")
	MatchView cancel(Actor actor, @PathVariable MatchId id, @Valid @RequestBody Versioned request, Locale locale) {
		return proposals.cancel(actor, id, request.version(), locale);
	}

	@GetMapping("/api/participants/{id}/matching-preferences")
	@Operation(summary = "A person's answers to the matching questionnaire and their wish for a cultural match")
	PreferencesView preferences(Actor actor, @PathVariable ParticipantId id) {
		return matchingPreferences.preferences(actor, id);
	}

	@PutMapping("/api/participants/{id}/matching-preferences")
	@Operation(summary = "Answer the questionnaire: six answers from 1 to 5, or none")
	PreferencesView savePreferences(Actor actor, @PathVariable ParticipantId id, @Valid @RequestBody PreferencesRequest request) {
		return matchingPreferences.savePreferences(actor, id, request.personality(),
				Boolean.TRUE.equals(request.wantsCulturalMatch()));
	}

	@GetMapping("/api/programs/{program}/agreement")
	@Operation(summary = "The mentoring agreement in force, in both languages")
	AgreementView agreement(Actor actor, @PathVariable ProgramId program) {
		return agreements.agreement(actor, program);
	}

	@PutMapping("/api/programs/{program}/agreement")
	@Operation(summary = "Publish a new version of the agreement (coordinators)")
	AgreementView publish(Actor actor, @PathVariable ProgramId program, @Valid @RequestBody AgreementRequest request) {
		return agreements.publish(actor, program, request.textEn(), request.textFr());
	}

	@PostMapping("/api/programs/{program}/cohorts")
	@Operation(summary = "Form draft group cohorts from the waiting pool, by sector, with the best-suited mentors")
	List<CohortView> formCohorts(Actor actor, @PathVariable ProgramId program, Locale locale) {
		return groups.formCohorts(actor, program, locale);
	}

	@GetMapping("/api/programs/{program}/cohorts")
	@Operation(summary = "The program's cohorts, newest first")
	List<CohortView> cohorts(Actor actor, @PathVariable ProgramId program, Locale locale) {
		return groups.cohorts(actor, program, locale);
	}

	@PostMapping("/api/cohorts/{cohort}/confirm")
	@Operation(summary = "Confirm a draft cohort with the mentees and mentors the program requires")
	CohortView confirmCohort(Actor actor, @PathVariable UUID cohort, @Valid @RequestBody Versioned request, Locale locale) {
		return groups.confirm(actor, cohort, request.version(), locale);
	}

	@PostMapping("/api/cohorts/{cohort}/discard")
	@Operation(summary = "Drop a draft cohort; its members return to the pool")
	ResponseEntity<Void> discardCohort(Actor actor, @PathVariable UUID cohort, @Valid @RequestBody Versioned request) {
		groups.discard(actor, cohort, request.version());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/cohorts/{cohort}/remove")
	@Operation(summary = "Take someone out of a draft cohort")
	CohortView removeFromCohort(Actor actor, @PathVariable UUID cohort, @Valid @RequestBody MemberRemoval request,
			Locale locale) {
		return groups.remove(actor, cohort, request.version(), new ParticipantId(request.participant()), locale);
	}

	@GetMapping("/api/programs/{program}/introductions")
	@Operation(summary = "A connector program's introductions: all for its coordinators, their own for a connector")
	List<ConnectorIntroductions.IntroductionSummary> introductions(Actor actor, @PathVariable ProgramId program) {
		return connectors.introductions(actor, program);
	}

	@PostMapping("/api/programs/{program}/introductions")
	@Operation(summary = "Record a connector's meeting with a newcomer and the contacts referred (at least the program's minimum)")
	ResponseEntity<Network> recordIntroduction(Actor actor, @PathVariable ProgramId program,
			@Valid @RequestBody IntroductionRequest request) {
		var network = connectors.recordIntroduction(actor, program, new ParticipantId(request.connector()),
				new ParticipantId(request.newcomer()), request.metOn(), request.minutes(), request.notes(), request.contacts());
		return ResponseEntity.created(URI.create("/api/participants/" + request.newcomer() + "/network")).body(network);
	}

	@PostMapping("/api/introductions/{introduction}/contacts")
	@Operation(summary = "Add a contact to an introduction")
	Network addContact(Actor actor, @PathVariable UUID introduction,
			@Valid @RequestBody ConnectorIntroductions.ContactDetails contact) {
		return connectors.addContact(actor, introduction, contact);
	}

	@PostMapping("/api/contacts/{contact}/follow-ups")
	@Operation(summary = "Record what came of a contact (the newcomer, or a coordinator)")
	Network followUp(Actor actor, @PathVariable UUID contact, @Valid @RequestBody FollowUpRequest request) {
		return connectors.recordFollowUp(actor, contact, request.on(), request.outcome(), request.notes());
	}

	@GetMapping("/api/participants/{id}/network")
	@Operation(summary = "A newcomer's network: connectors met, contacts referred and their follow-ups")
	Network network(Actor actor, @PathVariable ParticipantId id) {
		return connectors.network(actor, id);
	}

	/** Someone to take out of a cohort, as of its version. */
	record MemberRemoval(@NotNull(message = "{field.required}") UUID participant,
			@NotNull(message = "{field.versionRequired}") Long version) {
	}

	/** A connector's meeting with a newcomer. */
	record IntroductionRequest(@NotNull(message = "{field.required}") UUID connector,
			@NotNull(message = "{field.required}") UUID newcomer,
			@NotNull(message = "{field.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate metOn,
			Integer minutes, @Size(max = 2000, message = "{field.tooLong}") String notes,
			List<ConnectorIntroductions.ContactDetails> contacts) {
	}

	/** What came of a contact. */
	record FollowUpRequest(@NotNull(message = "{field.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@NotNull(message = "{introduction.followUp.outcome.required}") FollowUpOutcome outcome,
			@Size(max = 2000, message = "{field.tooLong}") String notes) {
	}

	/** Another mentor, or none, as of a version of the draft. */
	record PairChange(UUID mentor, @NotNull(message = "{field.versionRequired}") Long version) {
	}

	/** The version an action was decided on. */
	record PaperSignature(@NotNull(message = "{field.versionRequired}") Long version, Audience side,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn) {
	}

	record Versioned(@NotNull(message = "{field.versionRequired}") Long version) {
	}

	/** A mentee and a mentor; a note for a conflict. */
	record PairRequest(@NotNull(message = "{field.required}") UUID mentee,
			@NotNull(message = "{field.required}") UUID mentor, @Size(max = 2000, message = "{field.tooLong}") String note) {
	}

	/** An answer to a proposal. */
	record Answer(@NotNull(message = "{field.versionRequired}") Long version, Audience side,
			@NotNull(message = "{match.decision.required}") Decision decision,
			@Size(max = 2000, message = "{field.tooLong}") String reason) {
	}

	/** The date of the introduction meeting. */
	record Introduction(@NotNull(message = "{field.versionRequired}") Long version,
			@NotNull(message = "{field.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
	}

	/** Answers to the questionnaire. */
	record PreferencesRequest(List<Integer> personality, Boolean wantsCulturalMatch) {
	}

	/** A new version of the agreement. */
	record AgreementRequest(@Size(max = 20000, message = "{field.tooLong}") String textEn,
			@Size(max = 20000, message = "{field.tooLong}") String textFr) {
	}
}
