package vn.cchc.plan.account;

import io.quarkus.test.Mock;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A fast double of Keycloak's user store for the resource tests; the real one is exercised through the
 * gateway by the e2e suite (AccountsE2EIT). Remembers passwords so tests can check a reset happened.
 */
@Mock
@ApplicationScoped
public class InMemoryAccountDirectory implements AccountDirectory {

    private final Map<String, Account> accounts = new ConcurrentHashMap<>();
    private final Map<String, String> passwords = new ConcurrentHashMap<>();

    /** @return how many accounts exist (methods, not fields: tests hold a CDI client proxy) */
    public int size() {
        return accounts.size();
    }

    /** @return the last password set for the account */
    public String password(String id) {
        return passwords.get(id);
    }

    /** Puts an account straight into the store, as if made in Keycloak's console. */
    public String seed(String username, String unit, String role) {
        String id = UUID.randomUUID().toString();
        accounts.put(id, new Account(id, null, username, "Tên", "Họ", null, unit, role, true));
        return id;
    }

    @Override
    public List<Account> inUnit(String unitCode, int first, int max) {
        return accounts.values().stream().filter(a -> unitCode.equals(a.unit()))
                .sorted(Comparator.comparing(Account::username)).skip(first).limit(max).toList();
    }

    @Override
    public int countInUnit(String unitCode) {
        return (int) accounts.values().stream().filter(a -> unitCode.equals(a.unit())).count();
    }

    @Override
    public Optional<Account> find(String id) {
        return Optional.ofNullable(accounts.get(id));
    }

    @Override
    public String create(NewAccount a) {
        if (accounts.values().stream().anyMatch(x -> x.username().equals(a.username()))) {
            throw new AccountConflictException("The username or e-mail is already taken");
        }
        String id = UUID.randomUUID().toString();
        accounts.put(id, new Account(id, null, a.username(), a.firstName(), a.lastName(), a.email(), a.unit(), a.role(), true));
        passwords.put(id, a.password());
        return id;
    }

    @Override
    public void setEnabled(String id, boolean enabled) {
        Account a = accounts.get(id);
        accounts.put(id, new Account(id, null, a.username(), a.firstName(), a.lastName(), a.email(), a.unit(), a.role(), enabled));
    }

    @Override
    public void setPassword(String id, String password, boolean temporary) {
        passwords.put(id, password);
    }

    @Override
    public void setRole(String id, String role) {
        Account a = accounts.get(id);
        accounts.put(id, new Account(id, null, a.username(), a.firstName(), a.lastName(), a.email(), a.unit(), role, a.enabled()));
    }
}
