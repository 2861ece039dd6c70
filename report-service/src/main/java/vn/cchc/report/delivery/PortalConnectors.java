package vn.cchc.report.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The connector of every configured portal ({@link PortalsConfig}), by name. */
@ApplicationScoped
public class PortalConnectors {

    private final Map<String, PortalConnector> byName = new TreeMap<>();

    public PortalConnectors(PortalsConfig config) {
        config.all().forEach((name, portal) -> byName.put(name, new PortalConnector(name, portal)));
    }

    /** @return the connector named so, if configured */
    public Optional<PortalConnector> get(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** @return the configured connector names, sorted */
    public Set<String> names() {
        return java.util.Collections.unmodifiableSet(byName.keySet());
    }
}
