package org.passerelle.notification;

import org.passerelle.core.BaseAddress;
import org.passerelle.core.Language;
import org.passerelle.evaluation.QuestionnaireAnswers;
import org.passerelle.evaluation.QuestionnaireEvents.QuestionnaireRequested;
import org.passerelle.identity.Actor;
import org.passerelle.identity.UserManagement;
import org.passerelle.participant.ParticipantDirectory;
import org.passerelle.program.ProgramManagement;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Asks a person to answer a questionnaire, in their language: in the application and by e-mail
 * while their mentorship lasts; by an e-mail carrying a fresh single-use link — no sign-in — once
 * it closed or when they have no account, with a notice in the application too when they have one. A reminder goes only to those who did not turn
 * questionnaire reminders off.
 */
@Component
class QuestionnaireNotifications {

	private final Notifications notifications;

	private final QuestionnaireAnswers answers;

	private final ParticipantDirectory participants;

	private final ProgramManagement programs;

	private final BaseAddress baseAddress;

	private final UserManagement users;

	QuestionnaireNotifications(Notifications notifications, QuestionnaireAnswers answers,
			ParticipantDirectory participants, ProgramManagement programs, BaseAddress baseAddress,
			UserManagement users) {
		this.users = users;
		this.notifications = notifications;
		this.answers = answers;
		this.participants = participants;
		this.programs = programs;
		this.baseAddress = baseAddress;
	}

	@ApplicationModuleListener
	void on(QuestionnaireRequested event) {
		var person = participants.find(Actor.system(), event.participant());
		var language = person.details().preferredLanguage() == null ? Language.FR : person.details().preferredLanguage();
		var program = programs.find(Actor.system(), event.program()).name();
		var user = person.user();
		if (event.byLink()) {
			if (event.reminder() && user != null && !notifications.wants(user, ReminderKind.QUESTIONNAIRE_WAITING)) {
				return;
			}
			var link = baseAddress.configuredOrLocal() + "/answers/questionnaires/" + answers.link(event.request());
			notifications.emailAddress(person.details().email(), language,
					event.reminder() ? "questionnaire.email.reminder" : "questionnaire.email.link",
					new Object[] { person.details().firstName(), language == Language.EN ? event.titleEn() : event.titleFr(),
							program, link + "?lang=" + language.name().toLowerCase(java.util.Locale.ROOT) });
			// someone whose mentorship closed may still sign in: their home page says it too, without a second e-mail
			if (user != null) {
				notifications.notice(user, event.reminder() ? "questionnaire.notification.reminder"
						: "questionnaire.notification.requested", new Object[] { title(event, user, language), program },
						"/questionnaires/requests/" + event.request());
			}
			return;
		}
		var title = title(event, user, language);
		var page = "/questionnaires/requests/" + event.request();
		if (event.reminder()) {
			notifications.remind(user, ReminderKind.QUESTIONNAIRE_WAITING, "questionnaire.notification.reminder",
					new Object[] { title, program }, page);
		}
		else {
			notifications.notify(user, "questionnaire.notification.requested", new Object[] { title, program }, page);
		}
	}

	/** The questionnaire's title in the account's language, as the notice is written in it. */
	private String title(QuestionnaireRequested event, org.passerelle.identity.UserId user, Language language) {
		return users.languageOf(user).orElse(language) == Language.EN ? event.titleEn() : event.titleFr();
	}
}
