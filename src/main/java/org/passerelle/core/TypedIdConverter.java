package org.passerelle.core;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.ConditionalGenericConverter;
import org.springframework.stereotype.Component;

/**
 * Reads every module's id ({@code ProgramId}, {@code ParticipantId}, …) from a path variable, a
 * request parameter or a form field, so that controllers take the id itself rather than a UUID to
 * wrap. An id is a record whose name ends in {@code Id} with one {@code UUID} component named
 * {@code value}; core knows none of them by name, so that it depends on no module.
 *
 * <p>A text that is not a UUID fails to convert as it did when the controllers took a UUID: pages
 * answer "page not found" and the API a problem (see {@link PageProblems}, {@link ApiProblems}).
 */
@Component
class TypedIdConverter implements ConditionalGenericConverter {

	private static final Map<Class<?>, Constructor<?>> constructors = new ConcurrentHashMap<>();

	@Override
	public Set<ConvertiblePair> getConvertibleTypes() {
		return Set.of(new ConvertiblePair(String.class, Record.class));
	}

	@Override
	public boolean matches(TypeDescriptor sourceType, TypeDescriptor targetType) {
		return isTypedId(targetType.getType());
	}

	@Override
	public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
		if (source == null || ((String) source).isBlank()) {
			return null;
		}
		var uuid = UUID.fromString(((String) source).strip());
		try {
			return constructor(targetType.getType()).newInstance(uuid);
		}
		catch (InvocationTargetException ex) {
			throw new IllegalArgumentException(ex.getCause());
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Whether a type is an id as this converter reads it: a record {@code XxxId(UUID value)}. */
	static boolean isTypedId(Class<?> type) {
		if (!type.isRecord() || !type.getSimpleName().endsWith("Id")) {
			return false;
		}
		var components = type.getRecordComponents();
		return components.length == 1 && components[0].getType() == UUID.class
				&& components[0].getName().equals("value");
	}

	private static Constructor<?> constructor(Class<?> type) {
		return constructors.computeIfAbsent(type, key -> {
			try {
				return key.getDeclaredConstructor(UUID.class);
			}
			catch (NoSuchMethodException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}
}
