package vn.cchc.common.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Refuses (401) a verified token that names no org unit: every rule of the security model (DESIGN.md)
 * scopes the caller by the {@code unit} claim, and a token without one would otherwise be a caller
 * that passes signature checks but belongs nowhere. Administrators are bound to no unit and pass.
 * Runs in every service and in the gateway, so a call that bypasses the gateway gets the same answer.
 *
 * <p>Configuration: {@code cchc.security.require-unit-claim} (default {@code true}).
 */
@ApplicationScoped
public class UnitClaimAugmentor implements SecurityIdentityAugmentor {

    private final boolean required;

    public UnitClaimAugmentor(@ConfigProperty(name = "cchc.security.require-unit-claim", defaultValue = "true") boolean required) {
        this.required = required;
    }

    /**
     * @param identity the verified identity
     * @param context  the authentication context
     * @return the identity unchanged, or a failure ({@link AuthenticationFailedException}, answered 401)
     *         when a non-admin token has no {@code unit} claim
     */
    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!required || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Uni.createFrom().item(identity);
        }
        Object unit = jwt.getClaim(CurrentCaller.UNIT_CLAIM);
        boolean hasUnit = unit != null && !unit.toString().isBlank();
        if (hasUnit || identity.hasRole(Role.ADMIN)) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().failure(new AuthenticationFailedException("The token names no org unit (claim 'unit')"));
    }
}
