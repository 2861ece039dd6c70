package vn.cchc.kpi.parindex.rules;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.cchc.kpi.parindex.model.FrameworkDocument;
import vn.cchc.kpi.parindex.model.FrameworkNode;

/**
 * The leaves of a (valid) framework by code, in document order: the scoring targets of an assessment.
 */
public final class FrameworkIndex {

    /**
     * @param node  the leaf
     * @param area  code of the area it lies in (null for bonus leaves)
     * @param bonus true for bonus points (điểm cộng)
     */
    public record Leaf(FrameworkNode node, String area, boolean bonus) {
    }

    private final FrameworkDocument document;
    private final Map<String, Leaf> leaves = new LinkedHashMap<>();

    /** @param document a framework that passed {@link FrameworkValidator} */
    public FrameworkIndex(FrameworkDocument document) {
        this.document = document;
        for (FrameworkNode area : document.areaList()) {
            collect(area, area.code());
        }
        for (FrameworkNode b : document.bonusList()) {
            leaves.put(b.code(), new Leaf(b, null, true));
        }
    }

    private void collect(FrameworkNode n, String area) {
        if (n.leaf()) {
            leaves.put(n.code(), new Leaf(n, area, false));
            return;
        }
        n.kids().forEach(k -> collect(k, area));
    }

    /** @return the framework */
    public FrameworkDocument document() {
        return document;
    }

    /**
     * @param code a node code
     * @return the leaf of that code, empty for an unknown code or a node with children
     */
    public Optional<Leaf> leaf(String code) {
        return Optional.ofNullable(leaves.get(code));
    }

    /** @return every leaf, bonus last */
    public Collection<Leaf> leaves() {
        return leaves.values();
    }
}
