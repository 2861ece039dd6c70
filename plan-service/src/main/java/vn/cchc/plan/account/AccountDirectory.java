package vn.cchc.plan.account;

import java.util.List;
import java.util.Optional;

/**
 * Where accounts live (Keycloak in production; an in-memory double in fast tests). Implementations do
 * no authorization: {@link AccountService} decides who may do what before calling them.
 */
public interface AccountDirectory {

    /**
     * @param unitCode an org unit code
     * @param first    offset of the first account (0-based)
     * @param max      at most this many
     * @return accounts whose {@code unit} attribute equals {@code unitCode}, ordered by username
     */
    List<Account> inUnit(String unitCode, int first, int max);

    /**
     * @param unitCode an org unit code
     * @return how many accounts belong to it
     */
    int countInUnit(String unitCode);

    /** @return the account with this id, if any */
    Optional<Account> find(String id);

    /**
     * Creates an enabled account with the given realm role and password.
     *
     * @return the new account's id
     * @throws AccountConflictException when the username or e-mail is taken
     */
    String create(NewAccount account);

    /** Enables or disables login. */
    void setEnabled(String id, boolean enabled);

    /** Sets a new password; {@code temporary} makes the user change it at next login. */
    void setPassword(String id, String password, boolean temporary);

    /** Replaces the account's cchc realm role by {@code role} (one of {@link AccountPolicy#ROLES}). */
    void setRole(String id, String role);

    /** The username or e-mail of a new account is taken. */
    final class AccountConflictException extends RuntimeException {
        public AccountConflictException(String message) {
            super(message);
        }
    }
}
