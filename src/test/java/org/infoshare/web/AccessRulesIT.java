package org.infoshare.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.infoshare.support.DemoPartnership;
import org.infoshare.support.HttpBrowser;
import org.infoshare.support.SignedInSession;
import org.infoshare.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Deny by default, checked over every endpoint the application has: each handler of ours declares exactly
 * one access rule; the {@code @Public} ones are open in the security filter chain and every other one
 * needs a signed-in user before any of our code runs.
 */
@IntegrationTest
class AccessRulesIT {

    private static final Authentication ANONYMOUS = new AnonymousAuthenticationToken("key", "anonymousUser",
            AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

    /** Lists that answer only with a query parameter (a search needs something to look for), with one they accept. */
    private static final Map<String, String> REQUIRED_QUERY = Map.of("/api/v1/subjects/search", "?q=Smith");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    WebInvocationPrivilegeEvaluator filterChainAccess;

    @Autowired
    MockMvc mvc;

    @Autowired
    org.infoshare.directory.StaffAdministration staff;

    @Autowired
    DemoPartnership demo;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    private record Endpoint(String pattern, String method, HandlerMethod handler) {
        String path() {
            return pattern.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        }

        @Override
        public String toString() {
            return method + " " + pattern + " -> " + handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName();
        }
    }

    @Test
    void everyHandlerOfOursDeclaresExactlyOneAccessRule() {
        List<HandlerMethod> ours = ourHandlers();
        List<String> withoutRule = ours.stream()
                .filter(handler -> AccessRule.of(handler).isEmpty() || AccessRule.declaresConflictingRules(handler))
                .map(handler -> handler.getBeanType().getName() + "." + handler.getMethod().getName())
                .sorted()
                .toList();

        assertThat(ours).as("the enumeration finds the application's handlers")
                .hasSizeGreaterThan(50)
                .anySatisfy(handler -> assertThat(handler.getBeanType().getSimpleName()).isEqualTo("StaffApi"))
                .anySatisfy(handler -> assertThat(handler.getBeanType().getSimpleName()).isEqualTo("PlatformPages"));
        assertThat(withoutRule).as("handlers that do not declare exactly one of @Public, @SignedIn, @RolesAllowed").isEmpty();
    }

    @Test
    void publicHandlersAreOpenInTheFilterChainAndEveryOtherNeedsSignIn() {
        List<String> problems = new ArrayList<>();
        int publicCount = 0;
        for (Endpoint endpoint : endpoints()) {
            AccessRule.Audience audience = audience(endpoint);
            boolean anonymousAllowed = filterChainAccess.isAllowed("", endpoint.path(), endpoint.method(), ANONYMOUS);
            if (audience == AccessRule.Audience.PUBLIC) {
                publicCount++;
                if (!anonymousAllowed) {
                    problems.add("@Public but the filter chain requires sign-in: " + endpoint);
                }
                if (!inPublicPaths(endpoint.path())) {
                    problems.add("@Public but not listed in SecurityConfiguration.PUBLIC_PATHS: " + endpoint);
                }
            } else if (anonymousAllowed) {
                problems.add((audience == null ? "no rule" : audience) + " but the filter chain lets anonymous requests through: " + endpoint);
            }
        }
        assertThat(publicCount).as("the sign-in page, the accessibility statement and the error page").isGreaterThanOrEqualTo(3);
        assertThat(problems).isEmpty();
    }

    @Test
    void anonymousRequestsToEveryNonPublicPageAreSentToSignInAndToEveryApiEndpointAreRefused() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            if (!endpoint.method().equals("GET") || audience(endpoint) == AccessRule.Audience.PUBLIC) {
                continue;
            }
            MvcResult result = mvc.perform(get(endpoint.path())).andReturn();
            int status = result.getResponse().getStatus();
            String location = result.getResponse().getRedirectedUrl();
            boolean api = endpoint.pattern().startsWith("/api/");
            boolean refused = api ? status == 401 : status == 302 && location != null && location.endsWith("/sign-in");
            if (!refused) {
                problems.add(endpoint + " answered " + status + (location == null ? "" : " -> " + location));
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * Pages and lists only a police force's staff have (004 §8.3, §8.6): to anyone else they do not exist, so they are
     * tried as a police officer who takes up cases (practitioner and manager), whom their rules admit.
     */
    private static final List<String> POLICE_ONLY = List.of("/schemes", "/api/v1/schemes/");

    /**
     * Every page and list renders for someone its rule admits: a member of the council holding every role,
     * with current training, so that no page is left unchecked because of who looks at it (a police officer for what
     * only the police have).
     */
    @Test
    void everyPageAndListWithoutParametersAnswersSomeoneItsRuleAdmits() throws Exception {
        Caller council = withRoles(DemoPartnership.COUNCIL_ADMIN, "westshire-council.example", java.util.EnumSet.allOf(org.infoshare.shared.Role.class));
        // The police-only pages are for officers who take up cases; a police DPO here would be one more DPO for other tests to alert.
        Caller police = withRoles(DemoPartnership.POLICE_ADMIN, "westshire-police.example",
                java.util.EnumSet.of(org.infoshare.shared.Role.PRACTITIONER, org.infoshare.shared.Role.MANAGER));
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Endpoint endpoint : endpoints()) {
            if (!endpoint.method().equals("GET") || endpoint.pattern().contains("{") || endpoint.pattern().equals("/error")) {
                continue;
            }
            Caller caller = POLICE_ONLY.stream().anyMatch(endpoint.pattern()::startsWith) ? police : council;
            String uri = endpoint.pattern() + REQUIRED_QUERY.getOrDefault(endpoint.pattern(), "");
            MvcResult result = endpoint.pattern().startsWith("/api/")
                    ? mvc.perform(get(uri).header("Authorization", "Bearer " + caller.token())).andReturn()
                    : mvc.perform(get(uri).session(caller.session())).andReturn();
            checked++;
            int status = result.getResponse().getStatus();
            String location = result.getResponse().getRedirectedUrl();
            // A journey's start page may send the user on to its first question, never back to sign-in.
            boolean onwards = status == 302 && location != null && !location.contains("/sign-in");
            if (status != 200 && !onwards) {
                problems.add(endpoint + " answered " + status + (location == null ? "" : " -> " + location));
            }
        }
        assertThat(checked).isGreaterThan(10);
        assertThat(problems).isEmpty();
    }

    private record Caller(MockHttpSession session, String token) {
    }

    /** A new member of the administrator's organisation holding the roles given, with current training, signed in. */
    private Caller withRoles(String administrator, String domain, Set<org.infoshare.shared.Role> roles) throws Exception {
        String username = "every-role." + UUID.randomUUID() + "@" + domain;
        String password = "a-long-test-password-" + UUID.randomUUID();
        java.time.LocalDate today = java.time.LocalDate.now();
        staff.create(demo.actor(administrator), new org.infoshare.directory.DirectoryCommands.NewStaffMember(
                org.infoshare.shared.Actor.Kind.PERSON, username, "Every Role", null, null,
                roles, Set.of(), password,
                today.minusDays(1), today.plusYears(1), null, null, null));
        return new Caller(SignedInSession.of(mvc, username, password), demo.token(username));
    }

    @Test
    void publicPagesOpenWithoutSignIn() throws Exception {
        HttpBrowser browser = new HttpBrowser(port);
        for (String page : List.of("/sign-in", "/accessibility")) {
            assertThat(browser.get(page).statusCode()).as(page).isEqualTo(200);
        }
    }

    @Test
    void withoutOidcConfiguredTheSignInPageOffersOnlyLocalAccounts() {
        HttpBrowser browser = new HttpBrowser(port);

        String page = browser.get("/sign-in").body();

        assertThat(page).contains("name=\"username\"").contains("name=\"password\"")
                .doesNotContain("oidc-sign-in").doesNotContain("Sign in with").doesNotContain("/oauth2/authorization");
        var start = browser.get("/oauth2/authorization/oidc");
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(HttpBrowser.location(start).getPath()).isEqualTo("/sign-in");
    }

    /** The endpoint's audience; null when it has no valid rule (then it counts as not public). */
    private static AccessRule.Audience audience(Endpoint endpoint) {
        return AccessRule.of(endpoint.handler()).filter(rule -> !AccessRule.declaresConflictingRules(endpoint.handler()))
                .map(AccessRule::audience).orElse(null);
    }

    private List<HandlerMethod> ourHandlers() {
        return mapping.getHandlerMethods().values().stream()
                .filter(AccessRuleInterceptor::isOurs)
                .toList();
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
            if (!AccessRuleInterceptor.isOurs(entry.getValue())) {
                continue;
            }
            Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
            for (String pattern : entry.getKey().getPatternValues()) {
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    endpoints.add(new Endpoint(pattern, method.name(), entry.getValue()));
                }
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::toString));
        return endpoints;
    }

    private static boolean inPublicPaths(String path) {
        return java.util.Arrays.stream(SecurityConfiguration.PUBLIC_PATHS)
                .anyMatch(pattern -> PathPatternParser.defaultInstance.parse(pattern).matches(PathContainer.parsePath(path)));
    }
}
