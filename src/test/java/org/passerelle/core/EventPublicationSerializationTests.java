package org.passerelle.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.passerelle.IntegrationTest;
import org.passerelle.identity.IdentityEvents.PasswordLinkIssued;
import org.passerelle.matching.MatchEvents.MentorshipAgreed;
import org.passerelle.participant.ParticipantEvents.InvitationSent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.util.ClassUtils;

/**
 * The registry keeps each event for an after-commit listener as JSON and reads it back to hand it
 * again: every event type a listener of the application takes must come back equal, typed ids
 * included.
 */
@IntegrationTest
class EventPublicationSerializationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	EventSerializer serializer;

	@Test
	void everyEventAnAfterCommitListenerTakesReadsBackEqualFromItsStoredJson() {
		var types = storedEventTypes();
		assertThat(types.values()).as("events found by looking at the listeners").contains(MentorshipAgreed.class).hasSizeGreaterThan(10);

		for (var type : types.values()) {
			var event = sample(type);
			var json = serializer.serialize(event);
			assertThat(serializer.deserialize(json, type)).as("%s read back from %s", type.getName(), json).isEqualTo(event);
		}
	}

	@Test
	void theEventsThatCarryATokenAreNeverStored() {
		// a link's token exists only in the event: it must stay within the publishing transaction
		assertThat(storedEventTypes().values()).doesNotContain(PasswordLinkIssued.class, InvitationSent.class);
	}

	/** The first parameter of every after-commit listener method of Passerelle's beans, by name. */
	private TreeMap<String, Class<?>> storedEventTypes() {
		var types = new TreeMap<String, Class<?>>();
		for (var name : context.getBeanDefinitionNames()) {
			var bean = context.getType(name);
			var target = bean == null ? null : ClassUtils.getUserClass(bean);
			if (target == null || !target.getName().startsWith("org.passerelle.")) {
				continue;
			}
			for (var method : target.getDeclaredMethods()) {
				var listener = AnnotatedElementUtils.findMergedAnnotation(method, TransactionalEventListener.class);
				if (listener != null && listener.phase() == TransactionPhase.AFTER_COMMIT) {
					types.put(method.getParameterTypes()[0].getName(), method.getParameterTypes()[0]);
				}
			}
		}
		return types;
	}

	/** An instance with a value in every component, ids included. */
	private static Object sample(Type type) {
		if (type instanceof ParameterizedType parameterized) {
			var raw = (Class<?>) parameterized.getRawType();
			var element = sample(parameterized.getActualTypeArguments()[0]);
			if (raw == List.class) {
				return List.of(element);
			}
			if (raw == Set.class) {
				return Set.of(element);
			}
			throw new AssertionError("No sample for " + type + ": add one");
		}
		var clazz = (Class<?>) type;
		if (clazz == UUID.class) {
			return UUID.randomUUID();
		}
		if (clazz == String.class) {
			return "Fatou Diop — « texte »";
		}
		if (clazz == int.class || clazz == Integer.class) {
			return 3;
		}
		if (clazz == long.class || clazz == Long.class) {
			return 4L;
		}
		if (clazz == boolean.class || clazz == Boolean.class) {
			return true;
		}
		if (clazz == LocalDate.class) {
			return LocalDate.of(2026, 3, 14);
		}
		if (clazz == LocalDateTime.class) {
			return LocalDateTime.of(2026, 3, 14, 9, 30);
		}
		if (clazz == Instant.class) {
			return Instant.parse("2026-03-14T13:30:00.123456Z");
		}
		if (clazz == Duration.class) {
			return Duration.ofMinutes(90);
		}
		if (clazz.isEnum()) {
			var constants = clazz.getEnumConstants();
			return constants[constants.length - 1];
		}
		if (clazz.isRecord()) {
			var components = clazz.getRecordComponents();
			var arguments = Arrays.stream(components).map(component -> sample(component.getGenericType())).toArray();
			try {
				var constructor = clazz.getDeclaredConstructor(
						Arrays.stream(components).map(component -> component.getType()).toArray(Class<?>[]::new));
				constructor.setAccessible(true);
				return constructor.newInstance(arguments);
			}
			catch (ReflectiveOperationException ex) {
				throw new AssertionError("Cannot make a " + clazz.getName(), ex);
			}
		}
		throw new AssertionError("No sample for " + clazz.getName() + ": add one");
	}
}
