package vn.cchc.common.api;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import vn.cchc.common.problem.Problem;
import jakarta.ws.rs.WebApplicationException;
import vn.cchc.common.problem.ProblemResponses;
import vn.cchc.common.problem.ProblemType;

/**
 * Query and path parameters that do not convert (page=abc, year=99999999999, level=BOGUS,
 * dueBefore=31/3) are the client's mistake: 400 with the parameter named, not the 404 that JAX-RS
 * answers by default.
 */
@Provider
public class StrictParams implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> raw, Type generic, Annotation[] annotations) {
        String name = paramName(annotations);
        if (raw == Integer.class || raw == int.class) {
            return (ParamConverter<T>) new Strict<>(name, "a whole number", Integer::valueOf);
        }
        if (raw == Long.class || raw == long.class) {
            return (ParamConverter<T>) new Strict<>(name, "a whole number", Long::valueOf);
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return (ParamConverter<T>) new Strict<>(name, "true or false", StrictParams::bool);
        }
        if (raw == java.math.BigDecimal.class) {
            return (ParamConverter<T>) new Strict<>(name, "a decimal number such as 0.05", java.math.BigDecimal::new);
        }
        if (raw == java.time.Instant.class) {
            return (ParamConverter<T>) new Strict<>(name, "an ISO instant such as 2026-03-18T02:00:00Z", java.time.Instant::parse);
        }
        if (raw == LocalDate.class) {
            return (ParamConverter<T>) new Strict<>(name, "an ISO date such as 2026-03-31", LocalDate::parse);
        }
        if (raw.isEnum()) {
            Class<? extends Enum> e = (Class<? extends Enum>) raw;
            String allowed = Arrays.toString(e.getEnumConstants());
            return (ParamConverter<T>) new Strict<>(name, "one of " + allowed, v -> Enum.valueOf(e, v));
        }
        return null;
    }

    private static Boolean bool(String v) {
        if ("true".equalsIgnoreCase(v) || "false".equalsIgnoreCase(v)) {
            return Boolean.valueOf(v);
        }
        throw new IllegalArgumentException(v);
    }

    private static String paramName(Annotation[] annotations) {
        for (Annotation a : annotations == null ? new Annotation[0] : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof PathParam p) {
                return p.value();
            }
        }
        return "parameter";
    }

    private interface Parse<T> {
        T apply(String v);
    }

    private record Strict<T>(String name, String expected, Parse<T> parse) implements ParamConverter<T> {
        @Override
        public T fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return parse.apply(value.strip());
            } catch (IllegalArgumentException | DateTimeParseException e) {
                String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
                // a WebApplicationException, because JAX-RS turns any other converter failure into 404
                throw new WebApplicationException(ProblemResponses.of(ProblemType.BAD_REQUEST,
                        name + " must be " + expected + ", not '" + shown + "'", null,
                        List.of(new Problem.FieldError(name, "must be " + expected))));
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }
}
