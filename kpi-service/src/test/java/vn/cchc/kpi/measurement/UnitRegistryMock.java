package vn.cchc.kpi.measurement;

import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.Map;
import vn.cchc.common.unit.UnitDirectory;
import vn.cchc.common.unit.UnitPage;
import vn.cchc.common.unit.UnitRef;

/**
 * The registry as plan-service would hold it, for the mock of {@link UnitDirectory}. It shows every
 * unit to everyone (as a faulty or over-generous registry would), so the tests prove kpi-service's own
 * unit checks; a unit plan-service hides is a code the mock does not know. {@code HN-BROKEN} stands
 * for plan-service failing.
 */
public final class UnitRegistryMock {

    /** Unit code → path from the root. */
    public static final Map<String, List<String>> UNITS = Map.of(
            "HN", List.of("HN"),
            "HN-BADINH", List.of("HN", "HN-BADINH"),
            "HN-DANHOA", List.of("HN", "HN-DANHOA"),
            "HN-EMPTY", List.of("HN", "HN-EMPTY"),
            "HN-BROKEN", List.of("HN-BROKEN"),
            "HP", List.of("HP"),
            "HP-HAIDUONG", List.of("HP", "HP-HAIDUONG"));

    private UnitRegistryMock() {
    }

    /**
     * Answers {@code get} and {@code byCodes} from {@link #UNITS} (a code it does not know is left out of
     * the page, as plan-service leaves out what the caller cannot see; {@code HN-BROKEN} among the codes
     * is a connection refused), and {@code list(parent)} with the children, two per page
     * so that paging is exercised.
     *
     * @param directory the mock
     */
    public static void install(UnitDirectory directory) {
        when(directory.get(anyString())).thenAnswer(call -> {
            String code = call.getArgument(0);
            List<String> path = UNITS.get(code);
            if (path == null) {
                throw new WebApplicationException(404);
            }
            return ref(code, path);
        });
        when(directory.byCodes(anyList(), anyInt())).thenAnswer(call -> {
            List<String> codes = call.getArgument(0);
            if (codes.contains("HN-BROKEN")) {
                throw new ProcessingException("connection refused");
            }
            List<UnitRef> found = codes.stream().filter(UNITS::containsKey).map(c -> ref(c, UNITS.get(c))).toList();
            return new UnitPage(found, 0, call.getArgument(1), found.size());
        });
        when(directory.list(anyString(), anyInt(), anyInt())).thenAnswer(call -> {
            String parent = call.getArgument(0);
            int page = call.getArgument(1);
            if (parent.equals("HN-BROKEN")) {
                throw new ProcessingException("connection refused");
            }
            List<UnitRef> children = UNITS.entrySet().stream()
                    .filter(e -> e.getValue().size() > 1 && e.getValue().get(e.getValue().size() - 2).equals(parent))
                    .map(e -> ref(e.getKey(), e.getValue()))
                    .sorted(java.util.Comparator.comparing(UnitRef::code)).toList();
            int from = Math.min(page * 2, children.size());
            return new UnitPage(children.subList(from, Math.min(from + 2, children.size())), page, 2, children.size());
        });
    }

    private static UnitRef ref(String code, List<String> path) {
        return new UnitRef(code, "Đơn vị " + code, path.size() > 1 ? path.get(path.size() - 2) : null, path);
    }
}
