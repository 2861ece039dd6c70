package vn.cchc.plan.account;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.cchc.common.api.Page;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.security.Caller;
import vn.cchc.common.text.VietnameseText;
import vn.cchc.plan.audit.AuditLog;
import vn.cchc.plan.unit.OrgUnit;
import vn.cchc.plan.unit.OrgUnitRepository;

/**
 * Account provisioning (cấp và quản lý tài khoản) for admins and supervisors, checked object by object
 * with {@link AccountPolicy} against the account's unit in the registry, and audited (object type
 * {@code ACCOUNT}; passwords never appear in the trail). An account outside the caller's reach is
 * answered 404, as if it did not exist.
 */
@ApplicationScoped
public class AccountService {

    private static final String AUDIT_TYPE = "ACCOUNT";

    private final AccountDirectory directory;
    private final OrgUnitRepository units;
    private final AuditLog audit;

    public AccountService(AccountDirectory directory, OrgUnitRepository units, AuditLog audit) {
        this.directory = directory;
        this.units = units;
        this.audit = audit;
    }

    /**
     * @param unitCode the unit whose accounts to list; null: the caller's own unit
     * @return one page of the unit's accounts
     * @throws ProblemException 403 for roles that do not provision, 404 for a unit outside the caller's subtree
     */
    @WithSpan
    @Transactional
    public Page<Account> list(Caller caller, String unitCode, int page, int size) {
        requireProvisioner(caller);
        String code = unitCode == null ? caller.unitCode() : unitCode;
        if (code == null) {
            throw ProblemException.invalid("unit", "Say which unit's accounts to list");
        }
        OrgUnit unit = manageableUnit(caller, code);
        var items = directory.inUnit(unit.code, page * size, size).stream()
                .map(a -> a.withAuditId(AccountRef.numberOf(a.id()))).toList();
        return new Page<>(items, page, size, directory.countInUnit(unit.code));
    }

    /** @return the account, if the caller may manage it; else 404 */
    @WithSpan
    @Transactional
    public Account get(Caller caller, String id) {
        requireProvisioner(caller);
        Account a = manageable(caller, id);
        return a.withAuditId(AccountRef.numberOf(a.id()));
    }

    /**
     * Creates the account in Keycloak, then records it in the audit trail.
     *
     * @return the created account
     * @throws ProblemException 403 (role not grantable by the caller), 404 (unit outside the subtree),
     *                          409 (username or e-mail taken), 422 (unknown role)
     */
    @WithSpan
    @Transactional
    public Account create(Caller caller, NewAccount request) {
        requireProvisioner(caller);
        NewAccount a = normalised(request);
        requireKnownRole(a.role());
        OrgUnit unit = manageableUnit(caller, a.unit());
        if (!AccountPolicy.mayHandleRole(caller, a.role())) {
            throw ProblemException.forbidden("You cannot grant the role " + a.role());
        }
        String id;
        try {
            id = directory.create(new NewAccount(a.username(), a.firstName(), a.lastName(), a.email(), unit.code,
                    a.role(), a.password(), a.temporaryPassword()));
        } catch (AccountDirectory.AccountConflictException e) {
            throw ProblemException.conflict(e.getMessage());
        }
        Account created = directory.find(id).orElseThrow();
        AccountRef ref = AccountRef.of(id, created.username());
        audit.record(caller, "CREATE", AUDIT_TYPE, ref.id, unit, null, created);
        return created.withAuditId(ref.id);
    }

    /** Enables or disables login; audited. */
    @WithSpan
    @Transactional
    public Account setEnabled(Caller caller, String id, boolean enabled) {
        Account before = changeable(caller, id);
        directory.setEnabled(id, enabled);
        return recorded(caller, enabled ? "ENABLE" : "DISABLE", before);
    }

    /** Sets a new password (the trail says it was reset, never what to). */
    @WithSpan
    @Transactional
    public Account resetPassword(Caller caller, String id, String password, boolean temporary) {
        if (password == null || password.length() < 10 || password.length() > 128) {
            throw ProblemException.invalid("password", "10–128 characters");
        }
        Account before = changeable(caller, id);
        directory.setPassword(id, password, temporary);
        return recorded(caller, "RESET_PASSWORD", before);
    }

    /** Replaces the account's role; the caller must be allowed to grant the new one. */
    @WithSpan
    @Transactional
    public Account assignRole(Caller caller, String id, String role) {
        requireKnownRole(role);
        Account before = changeable(caller, id);
        if (!AccountPolicy.mayHandleRole(caller, role)) {
            throw ProblemException.forbidden("You cannot grant the role " + role);
        }
        directory.setRole(id, role);
        return recorded(caller, "ASSIGN_ROLE", before);
    }

    private Account recorded(Caller caller, String action, Account before) {
        Account after = directory.find(before.id()).orElseThrow();
        AccountRef ref = AccountRef.of(after.id(), after.username());
        audit.record(caller, action, AUDIT_TYPE, ref.id, units.findByCode(after.unit()).orElse(null), before, after);
        return after.withAuditId(ref.id);
    }

    /** The account, if the caller may manage its unit and its current role; else 404 / 403. */
    private Account changeable(Caller caller, String id) {
        requireProvisioner(caller);
        Account a = manageable(caller, id);
        if (!AccountPolicy.mayHandleRole(caller, a.role())) {
            throw ProblemException.forbidden("You cannot change an account holding the role " + a.role());
        }
        return a;
    }

    private Account manageable(Caller caller, String id) {
        Account a = directory.find(id).orElseThrow(() -> ProblemException.notFound("No account " + id + " in your subtree"));
        var unit = a.unit() == null ? null : units.findByCode(a.unit()).orElse(null);
        if (caller.isAdmin() && unit == null) {
            return a; // admins also see accounts bound to no (or an unknown) unit
        }
        if (unit == null || !AccountPolicy.mayManageUnit(caller, unit.pathCodes())) {
            throw ProblemException.notFound("No account " + id + " in your subtree");
        }
        return a;
    }

    private OrgUnit manageableUnit(Caller caller, String code) {
        OrgUnit unit = units.findByCode(code).orElse(null);
        if (unit == null || !AccountPolicy.mayManageUnit(caller, unit.pathCodes())) {
            throw ProblemException.invalid("unit", "No unit " + code + " in your subtree");
        }
        return unit;
    }

    private static void requireProvisioner(Caller caller) {
        if (!AccountPolicy.mayProvision(caller)) {
            throw ProblemException.forbidden("Only administrators and supervisors provision accounts");
        }
    }

    private static void requireKnownRole(String role) {
        if (role == null || !AccountPolicy.ROLES.contains(role)) {
            throw ProblemException.invalid("role", "One of " + AccountPolicy.ROLES);
        }
    }

    private static NewAccount normalised(NewAccount a) {
        return new NewAccount(a.username(), VietnameseText.nfc(a.firstName()), VietnameseText.nfc(a.lastName()),
                a.email(), a.unit(), a.role(), a.password(), a.temporaryPassword());
    }
}
