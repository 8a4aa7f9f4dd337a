package org.infoshare.database;

import org.springframework.stereotype.Component;

/**
 * Whether to load the demo partnership on a first start: {@code INFOSHARE_DEMO_DATA=true|false}, or
 * {@code auto} (the default): only on the embedded database, never on an operator's server.
 */
@Component
public class DemoDataPolicy {

    private final boolean enabled;

    DemoDataPolicy(InfoshareProperties properties, DatabaseMode mode) {
        this.enabled = switch (properties.demoData().strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> mode == DatabaseMode.EMBEDDED;
        };
    }

    public boolean enabled() {
        return enabled;
    }
}
