package org.infoshare.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Access rules on every handler, the {@code Actor} parameter, and GOV.UK Frontend served from its WebJar:
 * {@code /assets/**} maps to its {@code dist/govuk/assets/} (where its stylesheet expects fonts and
 * images) and {@code /govuk/**} to the compiled stylesheet and script.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private static final String GOVUK = "classpath:/META-INF/resources/webjars/govuk-frontend/" + govukVersion() + "/dist/govuk/";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AccessRuleInterceptor());
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ActorArgumentResolver());
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**").addResourceLocations(GOVUK + "assets/");
        registry.addResourceHandler("/govuk/**").addResourceLocations(GOVUK);
    }

    private static String govukVersion() {
        try (InputStream pom = WebConfiguration.class.getResourceAsStream(
                "/META-INF/maven/org.webjars.npm/govuk-frontend/pom.properties")) {
            if (pom == null) {
                throw new IllegalStateException("The govuk-frontend WebJar is missing from the classpath");
            }
            Properties properties = new Properties();
            properties.load(pom);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the govuk-frontend WebJar version", e);
        }
    }
}
