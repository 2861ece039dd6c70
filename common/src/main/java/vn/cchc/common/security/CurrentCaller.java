package vn.cchc.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.security.Principal;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The request's {@link Caller}, read from the verified OIDC token. Request-scoped, so it is safe to
 * inject into singleton resources.
 */
@RequestScoped
public class CurrentCaller {

    /** Name of the access-token claim that carries the caller's org unit code. */
    public static final String UNIT_CLAIM = "unit";

    private final SecurityIdentity identity;
    private Caller caller;

    public CurrentCaller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** @return the caller; an anonymous caller has no unit and no roles */
    public Caller get() {
        if (caller == null) {
            caller = from(identity);
        }
        return caller;
    }

    /**
     * The caller's token as the header that carried it, for a call this service makes on the caller's behalf
     * from a thread of its own, where no incoming request's header can be propagated.
     *
     * @return {@code Bearer <access token>}; null when the identity carries no raw token (anonymous, or a
     *         test identity)
     */
    public String bearer() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            String raw = jwt.getRawToken();
            return raw == null || raw.isBlank() ? null : "Bearer " + raw;
        }
        return null;
    }

    static Caller from(SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            return new Caller(null, null, null, Set.of());
        }
        Principal p = identity.getPrincipal();
        String unit = null;
        String subject = p.getName();
        if (p instanceof JsonWebToken jwt) {
            Object claim = jwt.getClaim(UNIT_CLAIM);
            unit = claim == null ? null : claim.toString();
            subject = jwt.getSubject();
        }
        return new Caller(subject, p.getName(), unit, Set.copyOf(identity.getRoles()));
    }
}
