package vn.cchc.common.problem;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a single-valued query parameter given more than once ({@code ?year=2026&year=2025}), which the
 * framework would otherwise read as its first value without a word: 400 naming the parameter. Parameters
 * declared as a list ({@code unit}, {@code code}) may repeat. Which parameters are single-valued is read
 * once per resource method from its {@link QueryParam} parameters and the fields of its {@link BeanParam}s.
 */
public class RepeatedParams {

    private final Map<Method, Set<String>> singleValued = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public Response rejectRepeated(ContainerRequestContext ctx, ResourceInfo resource) {
        MultivaluedMap<String, String> query = ctx.getUriInfo().getQueryParameters();
        Method method = resource.getResourceMethod();
        if (method == null || query.values().stream().allMatch(v -> v.size() < 2)) {
            return null;
        }
        Set<String> single = singleValued.computeIfAbsent(method, RepeatedParams::singleValuedOf);
        List<Problem.FieldError> errors = query.entrySet().stream()
                .filter(e -> e.getValue().size() > 1 && single.contains(e.getKey()))
                .map(e -> new Problem.FieldError(e.getKey(), "is given " + e.getValue().size() + " times; it takes one value"))
                .sorted(java.util.Comparator.comparing(Problem.FieldError::field))
                .toList();
        if (errors.isEmpty()) {
            return null;
        }
        return ProblemResponses.of(ProblemType.BAD_REQUEST, "A query parameter that takes one value is repeated: "
                + errors.stream().map(Problem.FieldError::field).toList(), ctx.getUriInfo().getRequestUri().getRawPath(), errors);
    }

    /**
     * @param method a resource method
     * @return the names of its query parameters that take one value (not a collection or an array)
     */
    static Set<String> singleValuedOf(Method method) {
        Set<String> names = new HashSet<>();
        Class<?>[] types = method.getParameterTypes();
        Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; i < types.length; i++) {
            for (Annotation a : annotations[i]) {
                if (a instanceof QueryParam q && single(types[i])) {
                    names.add(q.value());
                } else if (a instanceof BeanParam) {
                    for (Class<?> c = types[i]; c != null && c != Object.class; c = c.getSuperclass()) {
                        for (Field f : c.getDeclaredFields()) {
                            QueryParam q = f.getAnnotation(QueryParam.class);
                            if (q != null && single(f.getType())) {
                                names.add(q.value());
                            }
                        }
                    }
                }
            }
        }
        return Set.copyOf(names);
    }

    private static boolean single(Class<?> type) {
        return !Collection.class.isAssignableFrom(type) && !type.isArray();
    }
}
