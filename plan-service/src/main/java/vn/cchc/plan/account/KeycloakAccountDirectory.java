package vn.cchc.plan.account;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.problem.ProblemType;
import vn.cchc.common.security.CurrentCaller;

/**
 * {@link AccountDirectory} on Keycloak's admin REST API (Quarkus's Keycloak admin client, authenticated
 * as the platform's own client {@code cchc-services} with client credentials and the realm-management
 * roles {@code manage-users}, {@code view-users}, {@code query-users}, {@code view-realm}). An account
 * whose role cannot be set right after creation is removed again, so none is left half made. The org unit is the user
 * attribute {@code unit}; the role is a realm role. Keycloak not answering is a 503 problem.
 */
@ApplicationScoped
public class KeycloakAccountDirectory implements AccountDirectory {

    private static final Logger LOG = Logger.getLogger(KeycloakAccountDirectory.class);

    private final Keycloak keycloak;
    private final AccountsConfig config;

    public KeycloakAccountDirectory(Keycloak keycloak, AccountsConfig config) {
        this.keycloak = keycloak;
        this.config = config;
    }

    private RealmResource realm() {
        return keycloak.realm(config.realm());
    }

    @Override
    @WithSpan
    public List<Account> inUnit(String unitCode, int first, int max) {
        return call(() -> realm().users()
                .searchByAttributes(first, max, null, false, query(unitCode)).stream()
                .filter(u -> unitCode.equals(unitOf(u)) && !isServiceAccount(u))
                .map(this::toAccount)
                .toList());
    }

    @Override
    @WithSpan
    public int countInUnit(String unitCode) {
        // Keycloak counts by attribute only through a search; a unit has tens of accounts, not thousands
        // the full representation: the brief one carries no attributes to check the unit against
        return call(() -> (int) realm().users().searchByAttributes(0, 10_000, null, false, query(unitCode)).stream()
                .filter(u -> unitCode.equals(unitOf(u)) && !isServiceAccount(u)).count());
    }

    @Override
    @WithSpan
    public Optional<Account> find(String id) {
        return call(() -> {
            try {
                UserRepresentation u = realm().users().get(id).toRepresentation();
                // a client's service account (city-portal, …) is configured with its client, never provisioned here
                return isServiceAccount(u) ? Optional.empty() : Optional.of(toAccount(u));
            } catch (NotFoundException e) {
                return Optional.empty();
            }
        });
    }

    @Override
    @WithSpan
    public String create(NewAccount a) {
        return call(() -> {
            UserRepresentation u = new UserRepresentation();
            u.setUsername(a.username());
            u.setFirstName(a.firstName());
            u.setLastName(a.lastName());
            u.setEmail(a.email());
            u.setEmailVerified(a.email() != null);
            u.setEnabled(true);
            u.setAttributes(Map.of(CurrentCaller.UNIT_CLAIM, List.of(a.unit())));
            u.setCredentials(List.of(password(a.password(), a.temporaryPassword() == null || a.temporaryPassword())));
            try (Response r = realm().users().create(u)) {
                if (r.getStatus() == 409) {
                    throw new AccountConflictException("The username or e-mail is already taken");
                }
                if (r.getStatus() != 201) {
                    throw new ProblemException(ProblemType.VALIDATION,
                            "Keycloak refused the account (HTTP " + r.getStatus() + "): " + r.readEntity(String.class));
                }
                String path = r.getLocation().getPath();
                String id = path.substring(path.lastIndexOf('/') + 1);
                try {
                    setRole(id, a.role());
                } catch (RuntimeException e) {
                    // no half-made account: one without its role would log in and belong nowhere
                    realm().users().get(id).remove();
                    throw e;
                }
                return id;
            }
        });
    }

    @Override
    @WithSpan
    public void setEnabled(String id, boolean enabled) {
        call(() -> {
            UserResource user = realm().users().get(id);
            UserRepresentation u = user.toRepresentation();
            u.setEnabled(enabled);
            user.update(u);
            return null;
        });
    }

    @Override
    @WithSpan
    public void setPassword(String id, String password, boolean temporary) {
        call(() -> {
            realm().users().get(id).resetPassword(password(password, temporary));
            return null;
        });
    }

    @Override
    @WithSpan
    public void setRole(String id, String role) {
        call(() -> {
            var roles = realm().users().get(id).roles().realmLevel();
            List<RoleRepresentation> held = roles.listAll().stream()
                    .filter(r -> AccountPolicy.ROLES.contains(r.getName()) && !r.getName().equals(role)).toList();
            if (!held.isEmpty()) {
                roles.remove(held);
            }
            roles.add(List.of(realm().roles().get(role).toRepresentation()));
            return null;
        });
    }

    private Account toAccount(UserRepresentation u) {
        List<String> roles = realm().users().get(u.getId()).roles().realmLevel().listAll().stream()
                .map(RoleRepresentation::getName).toList();
        return new Account(u.getId(), null, u.getUsername(), u.getFirstName(), u.getLastName(), u.getEmail(),
                unitOf(u), AccountPolicy.highest(roles), Boolean.TRUE.equals(u.isEnabled()));
    }

    private static boolean isServiceAccount(UserRepresentation u) {
        return u.getServiceAccountClientId() != null || (u.getUsername() != null && u.getUsername().startsWith("service-account-"));
    }

    private static String unitOf(UserRepresentation u) {
        List<String> units = u.getAttributes() == null ? null : u.getAttributes().get(CurrentCaller.UNIT_CLAIM);
        return units == null || units.isEmpty() ? null : units.get(0);
    }

    private static String query(String unitCode) {
        return CurrentCaller.UNIT_CLAIM + ":" + unitCode;
    }

    private static CredentialRepresentation password(String value, boolean temporary) {
        CredentialRepresentation c = new CredentialRepresentation();
        c.setType(CredentialRepresentation.PASSWORD);
        c.setValue(value);
        c.setTemporary(temporary);
        return c;
    }

    /** Runs an admin call; Keycloak unreachable or failing becomes a 503 problem, never a 500. */
    private static <T> T call(Supplier<T> action) {
        try {
            return action.get();
        } catch (ProcessingException e) {
            LOG.warn("Keycloak admin call failed", e);
            throw new ProblemException(ProblemType.UPSTREAM_UNAVAILABLE, "Keycloak (the account store) did not answer; try again shortly");
        } catch (WebApplicationException e) {
            if (e instanceof NotFoundException) {
                throw ProblemException.notFound("No such account");
            }
            LOG.warnf("Keycloak admin call answered HTTP %d", e.getResponse().getStatus());
            if (e.getResponse().getStatus() >= 500 || e.getResponse().getStatus() == 401 || e.getResponse().getStatus() == 403) {
                throw new ProblemException(ProblemType.UPSTREAM_UNAVAILABLE,
                        "Keycloak (the account store) refused the platform's request (HTTP " + e.getResponse().getStatus() + ")");
            }
            throw new ProblemException(ProblemType.VALIDATION, "Keycloak refused the change (HTTP " + e.getResponse().getStatus() + ")");
        }
    }
}
