package org.passerelle.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.passerelle.core.BaseAddress;
import org.passerelle.core.Formats;
import org.passerelle.core.Language;
import org.passerelle.core.NotFoundException;
import org.passerelle.identity.Actor;
import org.passerelle.identity.UserId;
import org.passerelle.identity.UserManagement;
import org.passerelle.participant.ParticipantDirectory;
import org.passerelle.participant.ParticipantId;
import org.passerelle.program.ProgramManagement;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells a person something, in the language they chose: a notification in the application, and
 * the same by e-mail through the outbox — unless the person withdrew their consent to be contacted
 * by e-mail (ADR 0023): then the notification alone, and the coordinators of the person's programs
 * told, once a day at most, to reach them another way. Only the e-mails the service cannot do
 * without — the invitation that opens an account, a password link — go whatever the consent
 * ({@link #emailNecessary}).
 */
@Service
@Transactional
public class Notifications {

	/** The notice telling coordinators that an e-mail to one of their people was not sent. */
	static final String EMAIL_WITHHELD = "privacy.consent.emailWithheld";

	private final JdbcClient jdbc;

	private final ParticipantDirectory participants;

	private final ProgramManagement programs;

	private final UserManagement users;

	private final MessageSource messages;

	private final Clock clock;

	private final Formats formats;

	private final BaseAddress baseAddress;

	Notifications(JdbcClient jdbc, UserManagement users, MessageSource messages, Clock clock, Formats formats,
			BaseAddress baseAddress, ParticipantDirectory participants, ProgramManagement programs) {
		this.participants = participants;
		this.programs = programs;
		this.formats = formats;
		this.jdbc = jdbc;
		this.users = users;
		this.messages = messages;
		this.clock = clock;
		this.baseAddress = baseAddress;
	}

	/**
	 * Notifies a person: {@code code.title} and {@code code.body} are written in their language
	 * with the arguments; {@code link} is the page to open, from the site's root.
	 */
	public void notify(UserId recipient, String code, Object[] arguments, String link) {
		deliver(recipient, code, arguments, link, true);
	}

	private void deliver(UserId recipient, String code, Object[] arguments, String link, boolean tellCoordinators) {
		var account = users.find(Actor.system(), recipient);
		if (!account.active()) {
			return;
		}
		Locale locale = (account.preferredLanguage() == null ? Language.FR : account.preferredLanguage()).locale();
		var title = text(code + ".title", arguments, locale);
		var body = text(code + ".body", arguments, locale);
		var now = Timestamp.from(clock.instant());
		insertNotice(recipient, code, arguments, link, title, body, now);
		var refusing = participants.refusingEmailWithAccount(recipient).or(() -> participants.refusingEmailAt(account.email()));
		if (refusing.isPresent()) {
			if (tellCoordinators) {
				tellCoordinators(refusing.get(), title);
			}
			return;
		}
		var email = body + "\n\n" + messages.getMessage("notification.email.open", new Object[] { baseAddress.configuredOrLocal() + link }, locale)
				+ "\n\n" + messages.getMessage("notification.email.signature", null, locale);
		jdbc.sql("""
				insert into email_outbox (id, recipient, subject, body, created_at, next_attempt_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), account.email(), "[Passerelle] " + title, email, now, now)
			.update();
	}

	/**
	 * Notifies a person in the application only — for what an e-mail of its own already told them,
	 * such as a link to answer without signing in: {@code code.title} and {@code code.body} in their
	 * language, {@code link} the page to open, from the site's root.
	 */
	public void notice(UserId recipient, String code, Object[] arguments, String link) {
		var account = users.find(Actor.system(), recipient);
		if (!account.active()) {
			return;
		}
		Locale locale = (account.preferredLanguage() == null ? Language.FR : account.preferredLanguage()).locale();
		insertNotice(recipient, code, arguments, link, text(code + ".title", arguments, locale),
				text(code + ".body", arguments, locale), Timestamp.from(clock.instant()));
	}

	private void insertNotice(UserId recipient, String code, Object[] arguments, String link, String title, String body,
			Timestamp now) {
		jdbc.sql("""
				insert into notification (id, user_id, title, body, link, created_at, code, arguments)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), recipient.value(), title, body, link, now, code, NotificationArguments.write(arguments))
			.update();
	}

	/**
	 * E-mails an address that may have no account — someone asked to answer a questionnaire or a
	 * follow-up — in the given language, through the outbox: {@code code.subject} and
	 * {@code code.body} are written with the arguments (dates as the reader writes them). Not sent
	 * to a person who withdrew their consent to be contacted by e-mail; their coordinators are told.
	 */
	public void emailAddress(String email, Language language, String code, Object[] arguments) {
		var refusing = refusingEmail(email);
		if (refusing.isPresent()) {
			Locale locale = (language == null ? Language.FR : language).locale();
			tellCoordinators(refusing.get(), messages.getMessage(code + ".subject", localized(arguments, locale), locale));
			return;
		}
		queue(email, language, code, arguments, false);
	}

	/**
	 * The participant who withdrew their consent to be contacted by e-mail and is reached at this
	 * address: their own, or their account's.
	 */
	Optional<ParticipantId> refusingEmail(String address) {
		return participants.refusingEmailAt(address)
			.or(() -> users.accountWithEmail(address).flatMap(participants::refusingEmailWithAccount));
	}

	/**
	 * E-mails an address what the service cannot do without, whatever the person's consent to be
	 * contacted by e-mail: the invitation that opens their account, a link to choose a password. The
	 * privacy notice says so.
	 */
	public void emailNecessary(String email, Language language, String code, Object[] arguments) {
		queue(email, language, code, arguments, true);
	}

	private void queue(String email, Language language, String code, Object[] arguments, boolean necessary) {
		Locale locale = (language == null ? Language.FR : language).locale();
		var localized = localized(arguments, locale);
		var now = Timestamp.from(clock.instant());
		jdbc.sql("""
				insert into email_outbox (id, recipient, subject, body, created_at, next_attempt_at, necessary)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), email, messages.getMessage(code + ".subject", localized, locale),
					messages.getMessage(code + ".body", localized, locale), now, now, necessary)
			.update();
	}

	/**
	 * Tells the coordinators of the person's programs that an e-mail to them was not sent (what it
	 * was about: {@code about}), in the application, once a day at most for each person.
	 */
	private void tellCoordinators(ParticipantId person, String about) {
		var link = "/participants/" + person.value();
		var name = participants.names(List.of(person)).getOrDefault(person, "");
		var today = Timestamp.from(LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant());
		participants.programsOf(person)
			.stream()
			.flatMap(program -> programs.find(Actor.system(), program).coordinators().stream())
			.distinct()
			.filter(coordinator -> !jdbc.sql("""
					select exists (select 1 from notification where user_id = ? and code = ? and link = ?
					  and created_at >= ?)""")
				.params(coordinator.value(), EMAIL_WITHHELD, link, today)
				.query(Boolean.class)
				.single())
			.forEach(coordinator -> deliver(coordinator, EMAIL_WITHHELD, new Object[] { name, about }, link, false));
	}

	/**
	 * Reminds a person, in the application and by e-mail, unless they turned this kind of reminder
	 * off; returns whether they were reminded.
	 */
	public boolean remind(UserId recipient, ReminderKind kind, String code, Object[] arguments, String link) {
		if (!wants(recipient, kind)) {
			return false;
		}
		notify(recipient, code, arguments, link);
		return true;
	}

	/** Whether a person wants this kind of reminder: yes unless they turned it off. */
	@Transactional(readOnly = true)
	public boolean wants(UserId user, ReminderKind kind) {
		return jdbc.sql("select enabled from reminder_preference where user_id = ? and kind = ?")
			.params(user.value(), kind.name())
			.query(Boolean.class)
			.optional()
			.orElse(true);
	}

	/** The reminders the actor gets: every kind, on or off. */
	@Transactional(readOnly = true)
	public Map<ReminderKind, Boolean> reminders(Actor actor) {
		var chosen = new EnumMap<ReminderKind, Boolean>(ReminderKind.class);
		for (var kind : ReminderKind.values()) {
			chosen.put(kind, true);
		}
		jdbc.sql("select kind, enabled from reminder_preference where user_id = ?")
			.param(actor.userId().value())
			.query((rs, row) -> chosen.put(ReminderKind.valueOf(rs.getString(1)), rs.getBoolean(2)))
			.list();
		return chosen;
	}

	/** The actor chooses the reminders they want; the others are off. */
	public Map<ReminderKind, Boolean> chooseReminders(Actor actor, Set<ReminderKind> wanted) {
		for (var kind : ReminderKind.values()) {
			jdbc.sql("""
					insert into reminder_preference (user_id, kind, enabled) values (?, ?, ?)
					on conflict (user_id, kind) do update set enabled = excluded.enabled""")
				.params(actor.userId().value(), kind.name(), wanted.contains(kind))
				.update();
		}
		return reminders(actor);
	}

	/** Dates, and days with their time, written as the reader writes them. */
	private Object[] localized(Object[] arguments, Locale locale) {
		if (arguments == null) {
			return null;
		}
		var result = arguments.clone();
		for (int i = 0; i < result.length; i++) {
			if (result[i] instanceof java.time.LocalDateTime dateTime) {
				result[i] = formats.dateTime(dateTime, locale);
			}
			else if (result[i] instanceof java.time.LocalDate date) {
				result[i] = formats.date(date, locale);
			}
		}
		return result;
	}

	/** A message with its arguments in a language, dates written as that language writes them. */
	private String text(String code, Object[] arguments, Locale locale) {
		return messages.getMessage(code, localized(arguments, locale), locale);
	}

	/**
	 * The actor's notifications, newest first, in the language they read now: the page's, or
	 * outside a request the one they chose.
	 */
	@Transactional(readOnly = true)
	public List<NotificationView> list(Actor actor) {
		var context = LocaleContextHolder.getLocaleContext();
		var locale = context != null && context.getLocale() != null ? context.getLocale()
				: users.languageOf(actor.userId()).orElse(Language.FR).locale();
		return jdbc.sql("select * from notification where user_id = ? order by created_at desc limit 200")
			.param(actor.userId().value())
			.query((rs, row) -> {
				var code = rs.getString("code");
				var arguments = code == null ? null : NotificationArguments.read(rs.getString("arguments"));
				return new NotificationView(rs.getObject("id", UUID.class),
						code == null ? rs.getString("title") : text(code + ".title", arguments, locale),
						code == null ? rs.getString("body") : text(code + ".body", arguments, locale), rs.getString("link"),
						rs.getTimestamp("created_at").toInstant(),
						rs.getTimestamp("read_at") == null ? null : rs.getTimestamp("read_at").toInstant());
			})
			.list();
	}

	@Transactional(readOnly = true)
	public long unread(Actor actor) {
		return jdbc.sql("select count(*) from notification where user_id = ? and read_at is null")
			.param(actor.userId().value())
			.query(Long.class)
			.single();
	}

	public void markRead(Actor actor, UUID id) {
		int changed = jdbc.sql("update notification set read_at = coalesce(read_at, ?) where id = ? and user_id = ?")
			.params(Timestamp.from(clock.instant()), id, actor.userId().value())
			.update();
		if (changed == 0) {
			throw new NotFoundException("notification", id);
		}
	}
}
