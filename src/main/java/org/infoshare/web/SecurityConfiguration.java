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
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains. {@code /api/**} and the Prometheus metrics: stateless, bearer tokens, problem-detail
 * errors. Everything else: the browser UI with a session, CSRF protection and the GOV.UK sign-in page (plus
 * OIDC when configured).
 * Both re-read the user from the directory on every request, before authorisation.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(OidcProperties.class)
class SecurityConfiguration {

    static final String OIDC_REGISTRATION = "oidc";

    /** Paths that need no sign-in. Each handler behind them is also marked {@code @Public}. */
    static final String[] PUBLIC_PATHS = {
            "/assets/**", "/govuk/**", "/js/**", "/css/**", "/favicon.ico", "/error",
            "/sign-in", "/accessibility", "/public/**",
            "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
            "/actuator/health", "/actuator/health/**", "/actuator/info"};

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

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ActorSource actors, ProblemWriter problems) throws Exception {
        http.securityMatcher("/api/**", "/actuator/prometheus")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new ApiTokenFilter(actors, problems), AnonymousAuthenticationFilter.class)
                .addFilterBefore(new ActorFilter(actors), AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> problems.write(request, response,
                                HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required",
                                "Send a valid API token: Authorization: Bearer <token>."))
                        .accessDeniedHandler((request, response, e) -> problems.write(request, response,
                                HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "You do not have permission to do this.")))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain ui(HttpSecurity http, ActorSource actors, OidcProperties oidc,
                           ObjectProvider<ClientRegistrationRepository> registrations, Clock clock) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        .anyRequest().authenticated())
                .addFilterBefore(new ActorFilter(actors), AuthorizationFilter.class)
                .formLogin(form -> form
                        .loginPage("/sign-in")
                        .loginProcessingUrl("/sign-in")
                        .failureUrl("/sign-in?error")
                        .defaultSuccessUrl("/", false)
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/sign-out")
                        .logoutSuccessUrl("/sign-in?signed-out")
                        .deleteCookies("INFOSHARE_SESSION"))
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> {
                    String reason = request.getAttribute(ActorFilter.REVOKED_ATTRIBUTE) != null ? "?revoked" : "";
                    response.sendRedirect(request.getContextPath() + "/sign-in" + reason);
                }))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
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

    /** Every interactive sign-in (password or OIDC) goes in the ledger. */
    @Bean
    ApplicationListener<InteractiveAuthenticationSuccessEvent> signInRecorder(ActorSource actors) {
        return event -> {
            if (event.getAuthentication().getPrincipal() instanceof DirectoryPrincipal principal) {
                UUID userId = principal.userId();
                String method = event.getAuthentication().getPrincipal() instanceof SignedInUser ? "password" : "oidc";
                actors.signedIn(userId, method);
            }
        };
    }
}
