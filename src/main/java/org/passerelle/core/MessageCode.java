package org.passerelle.core;

import org.springframework.context.MessageSourceResolvable;

/**
 * A message code that the API writes as its text in the caller's language (see
 * {@link MessageCodeJson}), as the pages do with {@code #{…}}: clients read sentences, never codes.
 */
public record MessageCode(String code) implements MessageSourceResolvable {

	@Override
	public String[] getCodes() {
		return new String[] { code };
	}

	@Override
	public String toString() {
		return code;
	}
}
