package vn.cchc.plan.unit;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import jakarta.persistence.PersistenceException;
import vn.cchc.common.api.Page;
import vn.cchc.common.api.Versions;
import vn.cchc.common.persistence.UniqueViolation;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.security.Caller;
import vn.cchc.common.text.VietnameseText;
import vn.cchc.plan.audit.AuditLog;

/**
 * The org unit registry with its authorization rules: every read is limited to the caller's subtree,
 * every write needs management rights over the parent (DESIGN.md, security model). A unit the caller
 * may not read answers 404, so its existence does not leak.
 */
@ApplicationScoped
public class OrgUnitService {

    /** Unit codes: upper-case letters and digits in hyphen-separated groups, e.g. {@code HN-BADINH}. */
    public static final String CODE_PATTERN = vn.cchc.common.unit.UnitRef.CODE_PATTERN;

    private final OrgUnitRepository units;
    private final AuditLog audit;

    public OrgUnitService(OrgUnitRepository units, AuditLog audit) {
        this.units = units;
        this.audit = audit;
    }

    /**
     * Most codes in one {@code code=…} filter: at most a page (so one request answers them all), and a
     * request line that {@code quarkus.http.limits.max-initial-line-length} admits at 64 characters a code.
     */
    public static final int MAX_CODES = 200;

    /**
     * The filters of a unit list; each one narrows it, null or empty means "any".
     *
     * @param parentCode only direct children of this unit
     * @param codes      only these codes (at most {@link #MAX_CODES}; blank entries ignored)
     * @param level      only this level
     * @param text       part of the name or code, with or without diacritics
     */
    public record Filter(String parentCode, List<String> codes, OrgUnitLevel level, String text) {
    }

    /**
     * Lists the units the caller can see.
     *
     * @param caller the caller
     * @param filter what to keep
     * @param page   zero-based page index
     * @param size   page size, 1..{@link Page#MAX_SIZE}
     * @return a page of units in tree order; empty when the caller has no unit. Codes the caller cannot
     *         see, or unknown ones, are left out without a word (as in any list), so it does not leak
     * @throws ProblemException 422 on more than {@link #MAX_CODES} codes
     */
    @WithSpan
    public Page<OrgUnitView> list(Caller caller, Filter filter, int page, int size) {
        List<String> codes = filter.codes() == null ? List.of()
                : filter.codes().stream().filter(c -> c != null && !c.isBlank()).map(String::strip).distinct().toList();
        if (codes.size() > MAX_CODES) {
            throw ProblemException.invalid("code", "at most " + MAX_CODES + " codes in one request, not " + codes.size());
        }
        String scope = units.readScope(caller).orElse(null);
        if (scope == null) {
            return new Page<>(List.of(), page, size, 0);
        }
        String text = filter.text();
        String folded = text == null || text.isBlank() ? null : VietnameseText.fold(text);
        var query = units.search(scope, filter.parentCode(), codes, filter.level(), folded);
        long total = query.count();
        return new Page<>(query.page(page, size).list().stream().map(OrgUnitView::of).toList(), page, size, total);
    }

    /**
     * @param caller the caller
     * @param code   unit code
     * @return the unit
     * @throws ProblemException 404 when it does not exist or lies outside the caller's subtree
     */
    @WithSpan
    public OrgUnitView get(Caller caller, String code) {
        return OrgUnitView.of(readable(caller, code));
    }

    /**
     * Adds a unit under a parent the caller manages; a root unit needs the admin role.
     *
     * @param caller the caller
     * @param in     the new unit
     * @return the stored unit
     * @throws ProblemException 404 unknown or invisible parent, 403 no management right, 409 code taken
     */
    @WithSpan
    @Transactional
    public OrgUnitView create(Caller caller, NewOrgUnit in) {
        OrgUnit parent = null;
        if (in.parentCode() == null || in.parentCode().isBlank()) {
            if (!caller.isAdmin()) {
                throw ProblemException.forbidden("Only an administrator can add a province-level root unit");
            }
        } else {
            parent = readable(caller, in.parentCode());
            if (!caller.canManage(parent.pathCodes())) {
                throw ProblemException.forbidden("You cannot add units under " + parent.code);
            }
        }
        if (VietnameseText.isBlank(in.name())) {
            throw ProblemException.invalid("name", "must not be blank");
        }
        if (units.findByCode(in.code()).isPresent()) {
            throw ProblemException.conflict("A unit with code " + in.code() + " already exists");
        }
        OrgUnit u = new OrgUnit();
        u.code = in.code();
        u.name = VietnameseText.nfc(in.name());
        u.nameFolded = VietnameseText.fold(in.name());
        u.level = in.level();
        u.parent = parent;
        u.path = OrgUnit.pathUnder(parent == null ? null : parent.path, in.code());
        u.stampCreated(caller.username());
        for (String alias : in.aliases() == null ? List.<String>of() : in.aliases()) {
            UnitAlias a = new UnitAlias();
            a.unit = u;
            a.alias = VietnameseText.nfc(alias);
            a.aliasKey = UnitNameMatcher.key(alias);
            if (u.aliases.stream().noneMatch(x -> x.aliasKey.equals(a.aliasKey))) {
                u.aliases.add(a);
            }
        }
        try {
            units.persistAndFlush(u);
        } catch (PersistenceException e) {
            // a concurrent create of the same code won the race after our existence check
            if (UniqueViolation.of(e, "org_unit_code_uk")) {
                throw ProblemException.conflict("A unit with code " + in.code() + " already exists");
            }
            throw e;
        }
        OrgUnitView view = OrgUnitView.of(u);
        audit.record(caller, "CREATE", "UNIT", u.id, u, null, view);
        return view;
    }

    /**
     * Renames a unit or changes its level, refusing a stale write.
     *
     * @param caller          the caller
     * @param code            unit code
     * @param expectedVersion the version the caller last read (from If-Match)
     * @param in              new values
     * @return the updated unit
     * @throws ProblemException 404, 403, or 412 when {@code expectedVersion} is not current
     */
    @WithSpan
    @Transactional
    public OrgUnitView update(Caller caller, String code, long expectedVersion, OrgUnitChange in) {
        OrgUnit u = readable(caller, code);
        if (!caller.canManage(u.pathCodes())) {
            throw ProblemException.forbidden("You cannot change unit " + code);
        }
        Versions.requireCurrent("Unit " + code, u.version, expectedVersion);
        if (VietnameseText.isBlank(in.name())) {
            throw ProblemException.invalid("name", "must not be blank");
        }
        OrgUnitView before = OrgUnitView.of(u);
        u.name = VietnameseText.nfc(in.name());
        u.nameFolded = VietnameseText.fold(in.name());
        u.level = in.level();
        u.stampUpdated(caller.username());
        units.flush();
        OrgUnitView after = OrgUnitView.of(u);
        audit.record(caller, "UPDATE", "UNIT", u.id, u, before, after);
        return after;
    }

    private OrgUnit readable(Caller caller, String code) {
        OrgUnit u = units.findByCode(code).orElse(null);
        if (u == null || !caller.canRead(u.pathCodes())) {
            throw ProblemException.notFound("No unit " + code + " is visible to you");
        }
        return u;
    }

}
