package vn.cchc.plan.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * The local number of a Keycloak account, so that its audit trail lives in {@code audit_entry} with
 * every other object (object type {@code ACCOUNT}). Created the first time the API touches an account.
 */
@Entity
@Table(name = "account_ref")
public class AccountRef extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_ref_seq")
    @SequenceGenerator(name = "account_ref_seq", sequenceName = "account_ref_seq", allocationSize = 50)
    public Long id;

    @Column(name = "keycloak_id", nullable = false, unique = true, length = 64)
    public String keycloakId;

    @Column(nullable = false, length = 64)
    public String username;

    /** @return the local reference of a Keycloak account, created if it has none yet */
    static AccountRef of(String keycloakId, String username) {
        AccountRef ref = find("keycloakId", keycloakId).firstResult();
        if (ref == null) {
            ref = new AccountRef();
            ref.keycloakId = keycloakId;
            ref.username = username;
            ref.persist();
        }
        return ref;
    }

    /** @return the local number of an account, or null if the API never touched it */
    static Long numberOf(String keycloakId) {
        AccountRef ref = find("keycloakId", keycloakId).firstResult();
        return ref == null ? null : ref.id;
    }
}
