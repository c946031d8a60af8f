package org.passerelle.identity;


import org.passerelle.core.DatabaseUnavailable;
import org.passerelle.core.FilterProblems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Who may reach what: people sign in with a form and a session (CSRF on); partner systems and
 * scripts call {@code /api/**} statelessly with an API token ({@code Bearer}) or HTTP Basic;
 * operations read {@code /actuator/health} freely and metrics as administrators.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String[] PUBLIC_PATHS = { "/login", "/language", "/css/**", "/js/**", "/images/**", "/webjars/**",
			"/error", "/favicon.ico", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/apply", "/apply/**",
			"/certificates/verify", "/calendar/*.ics", "/password/**", "/invitations/*", "/invitations/*/renewal",
			"/answers/**", "/privacy/notice" };

	/**
	 * What anyone may call on the API without credentials: the public application form, the
	 * verification of a certificate's code, asking for and using a password link. Reading and
	 * accepting an invitation by its token is public too (GET and POST only: revoking is not).
	 */
	static final String[] PUBLIC_API_PATHS = { "/api/applications/**", "/api/certificates/*", "/api/password/forgot",
			"/api/password/reset", "/api/answers/**", "/api/privacy/notice" };

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationManager authenticationManager(AccountDetailsService accounts, PasswordEncoder passwordEncoder,
			LoginThrottle throttle, VerifiedPasswords verified) {
		var passwords = new DaoAuthenticationProvider(accounts);
		passwords.setPasswordEncoder(passwordEncoder);
		return new ProviderManager(new ThrottlingAuthenticationProvider(passwords, throttle, verified, accounts));
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, AuthenticationManager authenticationManager, FilterProblems problems,
			ApiTokens tokens) throws Exception {
		return http.securityMatcher("/api/**")
			.addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
			.authenticationManager(authenticationManager)
			.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_API_PATHS)
				.permitAll()
				.requestMatchers(org.springframework.http.HttpMethod.GET, "/api/invitations/*")
				.permitAll()
				.requestMatchers(org.springframework.http.HttpMethod.POST, "/api/invitations/*")
				.permitAll()
				.anyRequest()
				.authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint((request, response, ex) -> {
				// credentials that could not be checked are not wrong ones
				if (DatabaseUnavailable.explains(ex)) {
					problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, "problem.unavailable");
				}
				else {
					problems.write(response, HttpStatus.UNAUTHORIZED, "problem.unauthorized");
				}
			}))
			.exceptionHandling(handling -> handling
				.authenticationEntryPoint(
						(request, response, ex) -> problems.write(response, HttpStatus.UNAUTHORIZED, "problem.unauthorized"))
				.accessDeniedHandler(
						(request, response, ex) -> problems.write(response, HttpStatus.FORBIDDEN, "problem.forbidden")))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable()) // no cookies are accepted here, so there is nothing to forge
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain operations(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
		return http.securityMatcher("/actuator/**")
			.authenticationManager(authenticationManager)
			.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health/**", "/actuator/info")
				.permitAll()
				.anyRequest()
				.hasRole(Role.ADMIN.name()))
			.httpBasic(basic -> {
			})
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain pages(HttpSecurity http, AuthenticationManager authenticationManager,
			LocaleResolver localeResolver) throws Exception {
		var failure = new SimpleUrlAuthenticationFailureHandler("/login?error");
		return http.authenticationManager(authenticationManager)
			.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PATHS)
				.permitAll()
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/login")
				.usernameParameter("email")
				.passwordParameter("password")
				.successHandler(new LanguageRestoringSuccessHandler(localeResolver))
				.failureHandler((request, response, ex) -> {
					if (ex instanceof ThrottledLoginException) {
						response.sendRedirect(request.getContextPath() + "/login?throttled");
					}
					else if (DatabaseUnavailable.explains(ex)) {
						// a password that could not be checked is not a wrong one: the 503 page
						response.setHeader(HttpHeaders.RETRY_AFTER, "60");
						response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
					}
					else {
						failure.onAuthenticationFailure(request, response, ex);
					}
				})
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(
						"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
								+ "frame-ancestors 'none'; form-action 'self'; base-uri 'self'"))
				// links to other sites carry no address of a person's page; no camera, microphone or place
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
						"camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()")))
			.build();
	}
}
