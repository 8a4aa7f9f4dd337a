package org.infoshare.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** True when an operator has given a JDBC URL ({@code INFOSHARE_DB_URL}). */
final class ExternalDatabaseConfigured implements Condition {

    static boolean isConfigured(ConditionContext context) {
        return StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
    }

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return isConfigured(context);
    }

    static final class Not implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !isConfigured(context);
        }
    }
}
