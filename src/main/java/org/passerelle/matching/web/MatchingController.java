package org.passerelle.matching.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.passerelle.core.Actions;
import org.passerelle.core.RuleViolationException;
import org.passerelle.identity.Actor;
import org.passerelle.matching.Decision;
import org.passerelle.matching.MatchId;
import org.passerelle.matching.MatchSuggestions;
import org.passerelle.matching.PoolRunRefusedException;
import org.passerelle.matching.PoolRuns;
import org.passerelle.matching.Proposals;
import org.passerelle.matching.MatchingPreferences;
import org.passerelle.matching.MentoringAgreements;
import org.passerelle.matching.PreferencesView;
import org.passerelle.participant.ParticipantId;
import org.passerelle.participant.ParticipantDirectory;
import org.passerelle.program.Audience;
import org.passerelle.program.ProgramId;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of matching: a program's pool and its runs, the suggestions for one person, a
 * proposal with both answers, the introduction and the signatures, one's own proposals, the
 * questionnaire and the agreement.
 */
@Controller
class MatchingController {

	/** Mentees, and mentors, shown on a page of the pool. */
	static final int PEOPLE_PER_PAGE = 50;

	private final MatchSuggestions matchSuggestions;

	private final PoolRuns poolRuns;

	private final Proposals proposals;

	private final MatchingPreferences matchingPreferences;

	private final ParticipantDirectory participants;

	private final MessageSource messages;

	private final java.time.Clock clock;

	private final MentoringAgreements agreements;

	private final Actions actions;

	MatchingController(MatchSuggestions matchSuggestions, PoolRuns poolRuns, Proposals proposals,
			MatchingPreferences matchingPreferences, ParticipantDirectory participants, MessageSource messages,
			java.time.Clock clock, MentoringAgreements agreements, Actions actions) {
		this.actions = actions;
		this.agreements = agreements;
		this.clock = clock;
		this.matchSuggestions = matchSuggestions;
		this.poolRuns = poolRuns;
		this.proposals = proposals;
		this.matchingPreferences = matchingPreferences;
		this.participants = participants;
		this.messages = messages;
	}

	@GetMapping("/programs/{program}/matching")
	String pool(Actor actor, @PathVariable ProgramId program, @RequestParam(defaultValue = "") String menteeQuery,
			@RequestParam(defaultValue = "0") int menteePage, @RequestParam(defaultValue = "") String mentorQuery,
			@RequestParam(defaultValue = "0") int mentorPage, Locale locale, Model model) {
		model.addAttribute("pool", matchSuggestions.heading(actor, program));
		model.addAttribute("mentees",
				matchSuggestions.people(actor, program, Audience.MENTEE, menteeQuery, menteePage, PEOPLE_PER_PAGE));
		model.addAttribute("mentors",
				matchSuggestions.people(actor, program, Audience.MENTOR, mentorQuery, mentorPage, PEOPLE_PER_PAGE));
		model.addAttribute("runs", poolRuns.runs(actor, program, locale));
		model.addAttribute("matches", proposals.matches(actor, program));
		return "matching/pool";
	}

	/** Starts a run and shows it running; refused, says why where the coordinator can act on it. */
	@PostMapping("/programs/{program}/matching/runs")
	String run(Actor actor, @PathVariable ProgramId program, Locale locale, RedirectAttributes redirect) {
		try {
			var run = poolRuns.start(actor, program, locale);
			return "redirect:/matching/runs/" + run.id();
		}
		catch (PoolRunRefusedException ex) {
			redirect.addFlashAttribute("problem", messages.getMessage(ex, locale));
			return ex.running() != null ? "redirect:/matching/runs/" + ex.running()
					: "redirect:/programs/" + program + "/matching";
		}
	}

	@GetMapping("/matching/runs/{run}")
	String showRun(Actor actor, @PathVariable UUID run, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) ParticipantId open, Locale locale, Model model) {
		var opened = open;
		model.addAttribute("run", poolRuns.run(actor, run, page, PoolRuns.PAGE_SIZE, opened, locale));
		model.addAttribute("open", opened);
		return "matching/run";
	}

	/**
	 * What the page of a running run polls (htmx): the progress bar and the poller again, and the
	 * stage — in the page's live region — only when it changed since {@code shown}, so that screen
	 * readers hear each stage once. Once the run ended, the page is reloaded to show the draft or why
	 * it failed.
	 */
	@GetMapping("/matching/runs/{run}/progress")
	String progress(Actor actor, @PathVariable UUID run, @RequestParam(defaultValue = "") String shown, Locale locale,
			Model model, HttpServletResponse response) {
		var view = poolRuns.run(actor, run, 0, 1, null, locale);
		if (!view.running()) {
			response.setHeader("HX-Refresh", "true");
			return "matching/run :: ended";
		}
		model.addAttribute("run", view);
		model.addAttribute("stageChanged", !view.progress().key().equals(shown));
		return "matching/run :: progressUpdate";
	}

	@PostMapping("/matching/runs/{run}/pairs")
	String changePair(Actor actor, @PathVariable UUID run, @RequestParam ParticipantId mentee,
			@RequestParam(required = false) ParticipantId mentor, @RequestParam long version,
			@RequestParam(defaultValue = "0") int page, Locale locale, RedirectAttributes redirect) {
		return actions.run(redirect, "pool.pair.changed", "/matching/runs/" + run + "?page=" + page + "#pair-" + mentee,
				() -> poolRuns.changePair(actor, run, version, mentee,
						mentor, locale));
	}

	@PostMapping("/matching/runs/{run}/confirm")
	String confirm(Actor actor, @PathVariable UUID run, @RequestParam long version, Locale locale,
			RedirectAttributes redirect) {
		var view = poolRuns.run(actor, run, locale);
		var target = "/programs/" + view.program() + "/matching";
		try {
			var proposed = poolRuns.confirm(actor, run, version, locale);
			redirect.addFlashAttribute("saved", "pool.confirmed");
			redirect.addFlashAttribute("proposedCount", proposed.size());
			return "redirect:" + target;
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("problem", messages.getMessage(ex.messageCode(), ex.arguments(), locale));
			return "redirect:/matching/runs/" + run;
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("failed", "form.concurrentEdit");
			return "redirect:/matching/runs/" + run;
		}
	}

	@PostMapping("/matching/runs/{run}/discard")
	String discard(Actor actor, @PathVariable UUID run, @RequestParam long version, Locale locale,
			RedirectAttributes redirect) {
		var view = poolRuns.run(actor, run, locale);
		return actions.run(redirect, "pool.discarded", "/programs/" + view.program() + "/matching",
				() -> poolRuns.discard(actor, run, version));
	}

	@GetMapping("/programs/{program}/matching/mentees/{mentee}")
	String mentorsFor(Actor actor, @PathVariable ProgramId program, @PathVariable ParticipantId mentee, Locale locale, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		model.addAttribute("suggestions",
				matchSuggestions.suggestMentors(actor, program, mentee, 10, locale));
		return htmx != null ? "matching/suggestions :: list" : "matching/suggestions";
	}

	@GetMapping("/programs/{program}/matching/mentors/{mentor}")
	String menteesFor(Actor actor, @PathVariable ProgramId program, @PathVariable ParticipantId mentor, Locale locale, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		model.addAttribute("suggestions",
				matchSuggestions.suggestMentees(actor, program, mentor, 10, locale));
		return htmx != null ? "matching/suggestions :: list" : "matching/suggestions";
	}

	@PostMapping("/programs/{program}/matching/proposals")
	String propose(Actor actor, @PathVariable ProgramId program, @RequestParam ParticipantId mentee, @RequestParam ParticipantId mentor,
			Locale locale, RedirectAttributes redirect) {
		try {
			var match = proposals.propose(actor, program, mentee,
					mentor, locale);
			redirect.addFlashAttribute("saved", "match.proposed");
			return "redirect:/matches/" + match.id();
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("problem", messages.getMessage(ex.messageCode(), ex.arguments(), locale));
			return "redirect:/programs/" + program + "/matching/mentees/" + mentee;
		}
	}

	@PostMapping("/programs/{program}/matching/conflicts")
	String conflict(Actor actor, @PathVariable ProgramId program, @RequestParam ParticipantId mentee, @RequestParam ParticipantId mentor,
			@RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
		return actions.run(redirect, "match.conflict.saved", "/programs/" + program + "/matching/mentees/" + mentee,
				() -> proposals.declareConflict(actor, program, mentee,
						mentor, note));
	}

	@GetMapping("/matches/{id}")
	String match(Actor actor, @PathVariable MatchId id, Locale locale, Model model) {
		var match = proposals.find(actor, id, locale);
		model.addAttribute("match", match);
		model.addAttribute("coordinates", proposals.mayCoordinate(actor, match.program()));
		var me = participants.participantOf(actor.userId()).orElse(null);
		model.addAttribute("side", me == null ? null
				: me.equals(match.mentee()) ? Audience.MENTEE : me.equals(match.mentor()) ? Audience.MENTOR : null);
		model.addAttribute("agreement", agreements.agreement(actor, match.program()));
		model.addAttribute("today", LocalDate.now(clock));
		return "matching/match";
	}

	@PostMapping("/matches/{id}/answer")
	String answer(Actor actor, @PathVariable MatchId id, @RequestParam long version,
			@RequestParam(required = false) Audience side, @RequestParam(required = false) Decision decision,
			@RequestParam(defaultValue = "") String reason, Locale locale, RedirectAttributes redirect) {
		return actions.run(redirect, decision == Decision.DECLINED ? "match.declined" : "match.accepted", "/matches/" + id,
				() -> proposals.answer(actor, id, version, side, decision, reason, locale));
	}

	@PostMapping("/matches/{id}/introduction")
	String introduction(Actor actor, @PathVariable MatchId id, @RequestParam long version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, Locale locale,
			RedirectAttributes redirect) {
		return actions.run(redirect, "match.introduced", "/matches/" + id,
				() -> proposals.recordIntroduction(actor, id, version, on, locale));
	}

	@PostMapping("/matches/{id}/sign")
	String sign(Actor actor, @PathVariable MatchId id, @RequestParam long version, Locale locale,
			RedirectAttributes redirect) {
		return actions.run(redirect, "match.signed", "/matches/" + id,
				() -> agreements.sign(actor, id, version, locale));
	}

	@PostMapping("/matches/{id}/paper-signature")
	String signOnPaper(Actor actor, @PathVariable MatchId id, @RequestParam long version,
			@RequestParam(required = false) Audience side,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn,
			@RequestParam(required = false) MultipartFile scan, Locale locale, RedirectAttributes redirect)
			throws java.io.IOException {
		var upload = MatchingApiController.scan(scan);
		return actions.run(redirect, "agreement.paper.recorded", "/matches/" + id,
				() -> agreements.signOnPaper(actor, id, version, side, signedOn, upload, locale));
	}

	@GetMapping("/matches/{id}/paper-signature/{side}/scan")
	ResponseEntity<byte[]> paperScan(Actor actor, @PathVariable MatchId id, @PathVariable Audience side, Locale locale) {
		return MatchingApiController.download(agreements.scan(actor, id, side, locale));
	}

	@PostMapping("/matches/{id}/cancel")
	String cancel(Actor actor, @PathVariable MatchId id, @RequestParam long version, Locale locale,
			RedirectAttributes redirect) {
		return actions.run(redirect, "match.cancelled", "/matches/" + id,
				() -> proposals.cancel(actor, id, version, locale));
	}

	@GetMapping("/my/matches")
	String mine(Actor actor, Model model) {
		model.addAttribute("matches", proposals.mine(actor));
		model.addAttribute("me", participants.participantOf(actor.userId()).orElse(null));
		return "matching/mine";
	}

	@GetMapping("/my/preferences")
	String myPreferences(Actor actor, Model model) {
		var me = participants.participantOf(actor.userId())
			.orElseThrow(() -> new org.passerelle.core.NotFoundException("participant", actor.userId()));
		return "redirect:/matching/preferences/" + me;
	}

	@GetMapping("/matching/preferences/{participant}")
	String preferences(Actor actor, @PathVariable ParticipantId participant, Model model) {
		model.addAttribute("preferences", matchingPreferences.preferences(actor, participant));
		model.addAttribute("person", participants.find(actor, participant));
		model.addAttribute("statements", PreferencesView.STATEMENTS);
		return "matching/preferences";
	}

	@PostMapping("/matching/preferences/{participant}")
	String savePreferences(Actor actor, @PathVariable ParticipantId participant, @RequestParam java.util.Map<String, String> form,
			RedirectAttributes redirect) {
		var answers = new ArrayList<Integer>();
		for (var statement : PreferencesView.STATEMENTS) {
			var value = form.get("answer-" + statement);
			if (value != null && !value.isBlank()) {
				try {
					answers.add(Integer.parseInt(value));
				}
				catch (NumberFormatException ex) {
					answers.add(null);
				}
			}
		}
		var wantsCulturalMatch = "true".equals(form.get("wantsCulturalMatch"));
		return actions.run(redirect, "matching.preferences.saved", "/matching/preferences/" + participant,
				() -> matchingPreferences.savePreferences(actor, participant, answers, wantsCulturalMatch));
	}

	@GetMapping("/programs/{program}/agreement")
	String agreement(Actor actor, @PathVariable ProgramId program, Model model) {
		model.addAttribute("agreement", agreements.agreement(actor, program));
		model.addAttribute("coordinates", proposals.mayCoordinate(actor, program));
		return "matching/agreement";
	}

	@PostMapping("/programs/{program}/agreement")
	String publish(Actor actor, @PathVariable ProgramId program, @RequestParam(defaultValue = "") String textEn,
			@RequestParam(defaultValue = "") String textFr, RedirectAttributes redirect) {
		return actions.run(redirect, "agreement.published", "/programs/" + program + "/agreement",
				() -> agreements.publish(actor, program, textEn, textFr));
	}


}
