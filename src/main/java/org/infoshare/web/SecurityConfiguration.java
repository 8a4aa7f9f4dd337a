package org.infoshare.web;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.infoshare.shared.access.ActorSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.infoshare.shared.Role;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains. {@code /api/**} and the Prometheus metrics: stateless, bearer tokens, problem-detail
 * errors; the metrics answer only a service operator's token. Everything else: the browser UI with a session,
 * CSRF protection and the GOV.UK sign-in page, with passwords (throttled, locking after repeated failures),
 * passkeys, a second step where one is set up or required, and OIDC when configured.
 * Both re-read the user from the directory on every request, before authorisation. Over HTTPS (directly, or
 * as a trusted proxy reports it) responses carry HSTS, and session cookies are {@code Secure}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties({OidcProperties.class, SignInProperties.class})
class SecurityConfiguration {

    static final String OIDC_REGISTRATION = "oidc";

    /** Paths that need no sign-in. Each handler behind them is also marked {@code @Public}. */
    static final String[] PUBLIC_PATHS = {
            "/assets/**", "/govuk/**", "/js/**", "/css/**", "/favicon.ico", "/error",
            "/sign-in", PlatformPages.TOO_MANY_ATTEMPTS_PATH, "/accessibility", "/public/**",
            "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
            "/actuator/health", "/actuator/health/**", "/actuator/info"};

    /**
     * Powerful browser features the service never uses are switched off, for its pages and anything framed in
     * them; passkeys are allowed for the service's own origin only.
     */
    static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), display-capture=(), geolocation=(), "
            + "gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=(), "
            + "publickey-credentials-create=(self), publickey-credentials-get=(self)";

    private static final long HSTS_MAX_AGE_SECONDS = 31_536_000;

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self'; img-src 'self' data:; font-src 'self'; object-src 'none'; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }

    @Bean
    UserDetailsService userDetailsService(ActorSource actors, Clock clock) {
        return username -> actors.localAccount(username)
                .map(account -> new SignedInUser(account.userId(), account.username(), account.passwordHash(), clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("No active local account"));
    }

    /**
     * The one authentication provider, so it is also the only global one: a refusal (throttled, wrong
     * password) can never fall through to another provider that would check the password regardless.
     */
    @Bean
    AuthenticationProvider passwordSignIn(ActorSource actors, PasswordEncoder passwords, AttemptThrottle throttle, Clock clock) {
        return new PasswordSignIn(actors, passwords, throttle, clock);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ActorSource actors, ProblemWriter problems) throws Exception {
        http.securityMatcher("/api/**", "/actuator/prometheus")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new ApiTokenFilter(actors, problems), AnonymousAuthenticationFilter.class)
                .addFilterBefore(new ActorFilter(actors), AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/prometheus").access((authentication, context) -> new AuthorizationDecision(
                                CurrentActor.of(context.getRequest()).filter(actor -> actor.hasRole(Role.OPERATOR)).isPresent()))
                        .anyRequest().authenticated())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> problems.write(request, response,
                                HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required",
                                "Send a valid API token: Authorization: Bearer <token>."))
                        .accessDeniedHandler((request, response, e) -> problems.write(request, response,
                                HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "You do not have permission to do this.")))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(HSTS_MAX_AGE_SECONDS).includeSubDomains(true))
                        .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain ui(HttpSecurity http, ActorSource actors, OidcProperties oidc,
                           ObjectProvider<ClientRegistrationRepository> registrations, Clock clock,
                           WebAuthnRelyingPartyOperations passkeys, SignInSessions sessions) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        .anyRequest().authenticated())
                // Before every filter that answers requests of its own (the passkey endpoints) and before
                // authorisation: the user is re-read and the second step enforced for all of them.
                .addFilterBefore(new ActorFilter(actors), ExceptionTranslationFilter.class)
                .addFilterBefore(new SecondStepGate(List.of(PUBLIC_PATHS)), ExceptionTranslationFilter.class)
                .addFilterBefore(new PasskeyRegistrationFilter(sessions), ExceptionTranslationFilter.class)
                .formLogin(form -> form
                        .loginPage("/sign-in")
                        .loginProcessingUrl("/sign-in")
                        .failureHandler((request, response, e) -> {
                            if (e instanceof PasswordSignIn.ThrottledException throttled) {
                                // Answered here, 429 with the wait, rather than by a redirect that would say 200.
                                response.setStatus(429);
                                response.setHeader("Retry-After", Long.toString(throttled.refusal().retryAfterSeconds()));
                                request.setAttribute(PlatformPages.REFUSAL_ATTRIBUTE, throttled.refusal());
                                request.getRequestDispatcher(PlatformPages.TOO_MANY_ATTEMPTS_PATH).forward(request, response);
                            } else {
                                response.sendRedirect(request.getContextPath() + "/sign-in?" + (e instanceof LockedException ? "locked" : "error"));
                            }
                        })
                        .defaultSuccessUrl("/", false)
                        .permitAll())
                .webAuthn(webAuthn -> webAuthn
                        .rpName(PasskeyConfiguration.RELYING_PARTY_NAME)
                        .disableDefaultRegistrationPage(true)
                        .withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
                            @Override
                            public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
                                filter.setAuthenticationManager(new ProviderManager(new PasskeySignIn(passkeys, actors, clock)));
                                filter.setSessionAuthenticationStrategy(new ChangeSessionIdAuthenticationStrategy());
                                return filter;
                            }
                        }))
                .logout(logout -> logout
                        .logoutUrl("/sign-out")
                        .logoutSuccessUrl("/sign-in?signed-out")
                        .deleteCookies("INFOSHARE_SESSION"))
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> {
                    String reason = request.getAttribute(ActorFilter.REVOKED_ATTRIBUTE) != null ? "?revoked"
                            : request.getAttribute(ActorFilter.SESSION_ENDED_ATTRIBUTE) != null ? "?session-ended" : "";
                    response.sendRedirect(request.getContextPath() + "/sign-in" + reason);
                }))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(HSTS_MAX_AGE_SECONDS).includeSubDomains(true))
                        .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        if (repository != null) {
            http.oauth2Login(login -> login
                    .loginPage("/sign-in")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new DirectoryOidcUserService(actors, oidc.usernameClaim(), clock)))
                    .failureHandler((request, response, e) -> {
                        boolean unknown = e instanceof OAuth2AuthenticationException oauth
                                && DirectoryOidcUserService.UNKNOWN_IDENTITY.equals(oauth.getError().getErrorCode());
                        response.sendRedirect(request.getContextPath() + "/sign-in?" + (unknown ? "unknown-identity" : "error"));
                    })
                    .defaultSuccessUrl("/", false));
        }
        return http.build();
    }

    /** Built only when {@code INFOSHARE_OIDC_ISSUER_URI} is set; reads the provider's discovery document. */
    @Bean
    @org.springframework.context.annotation.Conditional(OidcConfigured.class)
    ClientRegistrationRepository clientRegistrationRepository(OidcProperties oidc) {
        ClientRegistration registration = ClientRegistrations.fromIssuerLocation(oidc.issuerUri())
                .registrationId(OIDC_REGISTRATION)
                .clientId(oidc.clientId())
                .clientSecret(oidc.clientSecret())
                .scope(List.of("openid", "profile", "email"))
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }

    /** Every interactive sign-in (password, passkey or OIDC) goes in the ledger. */
    @Bean
    ApplicationListener<InteractiveAuthenticationSuccessEvent> signInRecorder(ActorSource actors) {
        return event -> {
            if (event.getAuthentication().getPrincipal() instanceof DirectoryPrincipal principal) {
                UUID userId = principal.userId();
                String method = switch (principal.method()) {
                    case PASSWORD -> "password";
                    case PASSKEY -> "passkey";
                    case IDENTITY_PROVIDER -> "oidc";
                };
                actors.signedIn(userId, method);
            }
        };
    }
}
