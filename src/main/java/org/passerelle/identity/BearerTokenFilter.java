package org.passerelle.identity;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.passerelle.core.DatabaseUnavailable;
import org.passerelle.core.FilterProblems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates REST calls that present an API token ({@code Authorization: Bearer psr_…}) as the
 * account the token was issued for. An unknown or revoked token is refused at once.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private final ApiTokens tokens;

	private final FilterProblems problems;

	BearerTokenFilter(ApiTokens tokens, FilterProblems problems) {
		this.tokens = tokens;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<UserAccount> account;
		try {
			account = tokens.authenticate(header.substring(7).strip());
		}
		catch (RuntimeException ex) {
			if (!DatabaseUnavailable.explains(ex)) {
				throw ex;
			}
			// a token that could not be checked is not a wrong one
			problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, "problem.unavailable");
			return;
		}
		if (account.isEmpty()) {
			problems.write(response, HttpStatus.UNAUTHORIZED, "problem.unauthorized");
			return;
		}
		var principal = AccountPrincipal.of(account.get());
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
				principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
