package org.infoshare.web;

import org.infoshare.shared.rules.TextCharacters;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON is read strictly, so that what a client sends is what it meant or a 4xx naming the field: no value of one
 * JSON kind read as another (a number sent as a string, a boolean as 1, text as a number, a date as a number or an
 * array, a fraction cut to a whole number, an enum by position), no key given twice, nothing after the document,
 * no text the database cannot hold faithfully ({@link TextCharacters}). Unknown fields are refused as well
 * ({@code spring.jackson.deserialization.fail-on-unknown-properties}).
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

    @Bean
    JsonMapperBuilderCustomizer strictJsonInput() {
        return builder -> builder
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .addModule(new SimpleModule("infoshare-strict-input")
                        .addDeserializer(String.class, new CheckedText())
                        .setDeserializerModifier(new DatesAsText()));
    }

    /** A string with a NUL or an unpaired surrogate, refused where it is read so that the problem can name its field. */
    static final class UnacceptableTextException extends InvalidFormatException {

        private final TextCharacters.Problem problem;

        UnacceptableTextException(JsonParser parser, TextCharacters.Problem problem) {
            super(parser, problem.message(""), null, String.class);
            this.problem = problem;
        }

        TextCharacters.Problem problem() {
            return problem;
        }
    }

    /** Jackson's own string reading, then the platform's rule on what text it can store. */
    static final class CheckedText extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            String value = super.deserialize(p, ctxt);
            TextCharacters.Problem problem = TextCharacters.check(value).orElse(null);
            if (problem != null) {
                throw new UnacceptableTextException(p, problem);
            }
            return value;
        }
    }

    /** Dates and times only as ISO 8601 text: never epoch numbers or the [year, month, day] array form. */
    static final class DatesAsText extends ValueDeserializerModifier {

        @Override
        public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier description,
                                                       ValueDeserializer<?> deserializer) {
            return description.getBeanClass().getPackageName().equals("java.time") ? new TextOnly(deserializer) : deserializer;
        }
    }

    static final class TextOnly extends DelegatingDeserializer {

        TextOnly(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new TextOnly(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return ctxt.handleUnexpectedToken(_delegatee.handledType(), p);
            }
            return super.deserialize(p, ctxt);
        }
    }
}
