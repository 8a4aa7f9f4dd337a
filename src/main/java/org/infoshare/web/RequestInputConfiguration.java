package org.infoshare.web;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.infoshare.shared.problem.Violation;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bad input that never reaches a handler is still answered as infoshare answers: request parameters with text the
 * platform cannot store (422), addresses the firewall or Tomcat refuses (400), each naming the field and the rule
 * in a problem detail for the API and on a GOV.UK page for people.
 */
@Configuration(proxyBeanMethods = false)
class RequestInputConfiguration {

    /** After the dataset upload's streaming filter (-110), before Spring Security (-100), which reads parameters for CSRF. */
    static final int ORDER = -105;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> requestTextFilter(ProblemWriter problems) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                Optional<Violation> problem = RequestInput.parameterProblem(request);
                if (problem.isEmpty()) {
                    chain.doFilter(request, response);
                } else if (RequestInput.isApi(request.getRequestURI())) {
                    problems.write(request, response, HttpStatus.UNPROCESSABLE_CONTENT, "invalid-request", "Invalid request",
                            problem.get().message(), List.of(problem.get()));
                } else {
                    request.setAttribute(RequestInput.REFUSAL, problem.get());
                    response.sendError(HttpStatus.UNPROCESSABLE_CONTENT.value());
                }
            }
        });
        registration.setOrder(ORDER);
        registration.setName("requestText");
        return registration;
    }

    /** Spring Security's firewall refused the address (a semicolon, "//", an encoded per cent sign or dot...). */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, rejected) -> {
            request.setAttribute(RequestInput.REFUSAL, RequestInput.pathViolation());
            response.sendError(HttpStatus.BAD_REQUEST.value());
        };
    }

    /** Tomcat's own error page gives way to {@link BadAddressValve}, after Spring Boot has added its own. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> badAddressValve() {
        return new BadAddressCustomizer();
    }

    private static final class BadAddressCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                StandardHost host = (StandardHost) context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.getPipeline().addValve(new BadAddressValve());
                host.setErrorReportValveClass(BadAddressValve.class.getName());
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
