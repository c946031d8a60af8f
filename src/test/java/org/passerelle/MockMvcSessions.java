package org.passerelle;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Arrays;
import java.util.stream.Stream;

import jakarta.servlet.http.Cookie;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * MockMvc on the sessions production keeps: Spring Session JDBC, which finds a session by its
 * {@code SESSION} cookie and writes it, serialized, to PostgreSQL. Tests carry a
 * {@link MockHttpSession} from one request to the next ({@code .session(session)}, as
 * {@link Fixtures#signIn} returns one); here the cookie a response sets is kept in that
 * MockHttpSession and sent again with each request made with it. So every MockMvc test signs in,
 * keeps its security context, CSRF token, saved request and flash attributes in the session table,
 * and a value that cannot be serialized fails there as it would on a node. (A test auto-configuration,
 * listed in {@code META-INF/spring/…AutoConfiguration.imports}, so that every test context has it.)
 */
@AutoConfiguration
@ConditionalOnClass(MockMvc.class)
public class MockMvcSessions {

	static final String COOKIE = "SESSION";

	private static final String KEPT = MockMvcSessions.class.getName() + ".cookie";

	@Bean
	MockMvcBuilderCustomizer sessionCookies() {
		return builder -> builder.defaultRequest(get("/").with(request -> {
			if (request.getSession(false) instanceof MockHttpSession session && !session.isInvalid()
					&& session.getAttribute(KEPT) instanceof String value && !value.isEmpty()
					&& (request.getCookies() == null
							|| Arrays.stream(request.getCookies()).noneMatch(c -> COOKIE.equals(c.getName())))) {
				var cookies = request.getCookies() == null ? Stream.<Cookie>empty() : Arrays.stream(request.getCookies());
				request.setCookies(Stream.concat(cookies, Stream.of(new Cookie(COOKIE, value))).toArray(Cookie[]::new));
			}
			return request;
		})).alwaysDo(result -> {
			var cookie = result.getResponse().getCookie(COOKIE);
			if (cookie != null && result.getRequest().getSession(true) instanceof MockHttpSession session
					&& !session.isInvalid()) {
				session.setAttribute(KEPT, cookie.getMaxAge() == 0 ? "" : cookie.getValue());
			}
		});
	}
}
