package vn.cchc.kpi.parindex;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.Map;
import vn.cchc.common.unit.UnitDirectory;
import vn.cchc.common.unit.UnitRef;

/**
 * plan-service's registry for the PAR INDEX tests, with levels. Like {@code UnitRegistryMock} it shows
 * every unit to everyone, so the tests prove kpi-service's own checks.
 */
final class ParUnitsMock {

    /** code → (level, path). */
    static final Map<String, Map.Entry<String, List<String>>> UNITS = Map.of(
            "HN", Map.entry("PROVINCE", List.of("HN")),
            "HN-BADINH", Map.entry("WARD", List.of("HN", "HN-BADINH")),
            "HN-DANHOA", Map.entry("COMMUNE", List.of("HN", "HN-DANHOA")),
            "HN-PARW1", Map.entry("WARD", List.of("HN", "HN-PARW1")),
            "HN-PARW2", Map.entry("WARD", List.of("HN", "HN-PARW2")),
            "HN-BADINH-VHXH", Map.entry("DIVISION", List.of("HN", "HN-BADINH", "HN-BADINH-VHXH")),
            "HP", Map.entry("PROVINCE", List.of("HP")),
            "HP-HAIDUONG", Map.entry("WARD", List.of("HP", "HP-HAIDUONG")));

    private ParUnitsMock() {
    }

    static void install(UnitLevelDirectory levels, UnitDirectory directory) {
        when(levels.get(anyString())).thenAnswer(call -> {
            var u = UNITS.get((String) call.getArgument(0));
            if (u == null) {
                throw new WebApplicationException(404);
            }
            List<String> path = u.getValue();
            String code = path.get(path.size() - 1);
            return new UnitLevelDirectory.Unit(code, "Đơn vị " + code, u.getKey(), path.size() > 1 ? path.get(path.size() - 2) : null, path);
        });
        when(directory.get(anyString())).thenAnswer(call -> {
            var u = UNITS.get((String) call.getArgument(0));
            if (u == null) {
                throw new WebApplicationException(404);
            }
            List<String> path = u.getValue();
            String code = path.get(path.size() - 1);
            return new UnitRef(code, "Đơn vị " + code, path.size() > 1 ? path.get(path.size() - 2) : null, path);
        });
    }
}
