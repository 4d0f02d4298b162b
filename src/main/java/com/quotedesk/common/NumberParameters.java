package com.quotedesk.common;

import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.function.Function;

/**
 * Whole-number parameters ({@code /api/claims/xyz}, {@code ?page=abc}, {@code ?size=1e99}) are converted
 * here so that one that is not a number is a 400 naming the parameter, on every resource alike. JAX-RS
 * would answer 404 for a path or query parameter it cannot convert, as if the resource did not exist.
 */
@Provider
public class NumberParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = name(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) new Whole<>(name, Long::valueOf, "a whole number", !rawType.isPrimitive());
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) new Whole<>(name, Integer::valueOf, "a whole number up to 2147483647",
                    !rawType.isPrimitive());
        }
        return null;
    }

    private static String name(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof PathParam p) {
                return p.value();
            } else if (a instanceof QueryParam q) {
                return q.value();
            } else if (a instanceof FormParam f) {
                return f.value();
            } else if (a instanceof RestPath || a instanceof RestQuery || a instanceof RestForm) {
                String value = a instanceof RestPath p ? p.value() : a instanceof RestQuery q ? q.value()
                        : ((RestForm) a).value();
                return value.isEmpty() ? "parameter" : value;
            }
        }
        return null;
    }

    /** @param optional an empty value ({@code ?page=}) means absent, as a form's empty field does */
    private record Whole<N extends Number>(String name, Function<String, N> parse, String expected, boolean optional)
            implements ParamConverter<N> {

        @Override
        public N fromString(String value) {
            if (value == null || (optional && value.isBlank())) {
                return null;
            }
            try {
                return parse.apply(value.strip());
            } catch (NumberFormatException e) {
                throw new InvalidParameterException(name, "Parameter '" + name + "' must be " + expected);
            }
        }

        @Override
        public String toString(N value) {
            return value == null ? null : value.toString();
        }
    }
}
