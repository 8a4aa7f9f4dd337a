package org.infoshare.dataset;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the servlet container from spooling an uploaded dataset to a temporary file in clear. For the upload
 * form's POST only, the request is presented to everything downstream as an opaque body: its parameters are
 * those of the query string (which carries the CSRF token), and the page controller reads the multipart body
 * itself as a stream ({@link MultipartStream}).
 */
@Configuration(proxyBeanMethods = false)
class StreamingFormUpload {

    static final String PATH = "/datasets/upload";
    /** The request's real Content-Type, for the controller. */
    static final String CONTENT_TYPE = StreamingFormUpload.class.getName() + ".contentType";
    private static final String OPAQUE = "application/octet-stream";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> streamingFormUploadFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String type = request.getContentType();
                if ("POST".equals(request.getMethod()) && type != null
                        && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
                    chain.doFilter(new Opaque(request, type), response);
                } else {
                    chain.doFilter(request, response);
                }
            }
        });
        registration.addUrlPatterns(PATH);
        // Before Spring Security's filter chain (-100), whose CSRF check would otherwise read the body's parameters.
        registration.setOrder(-110);
        registration.setName("streamingFormUpload");
        return registration;
    }

    /** The request with its body hidden from parameter parsing and multipart resolution. */
    static final class Opaque extends HttpServletRequestWrapper {

        private final Map<String, String[]> query;

        Opaque(HttpServletRequest request, String contentType) {
            super(request);
            request.setAttribute(CONTENT_TYPE, contentType);
            this.query = parse(request.getQueryString());
        }

        private static Map<String, String[]> parse(String queryString) {
            Map<String, List<String>> values = new LinkedHashMap<>();
            if (queryString != null) {
                for (String pair : queryString.split("&")) {
                    if (pair.isEmpty()) {
                        continue;
                    }
                    int equals = pair.indexOf('=');
                    String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                    String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                    values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                }
            }
            Map<String, String[]> map = new LinkedHashMap<>();
            values.forEach((name, list) -> map.put(name, list.toArray(String[]::new)));
            return Collections.unmodifiableMap(map);
        }

        @Override
        public String getContentType() {
            return OPAQUE;
        }

        @Override
        public String getHeader(String name) {
            return "content-type".equalsIgnoreCase(name) ? OPAQUE : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return "content-type".equalsIgnoreCase(name) ? Collections.enumeration(List.of(OPAQUE)) : super.getHeaders(name);
        }

        @Override
        public String getParameter(String name) {
            String[] values = query.get(name);
            return values == null ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return query;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(query.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return query.get(name);
        }

        @Override
        public java.util.Collection<Part> getParts() throws ServletException {
            throw new ServletException("This upload is read as a stream");
        }

        @Override
        public Part getPart(String name) throws ServletException {
            throw new ServletException("This upload is read as a stream");
        }
    }
}
