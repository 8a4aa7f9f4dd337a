package org.infoshare.legal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the built-in catalogue on every start (a no-op once this release is in the database). */
@Component
@Order(10)
@org.springframework.context.annotation.Profile("!command")
class BuiltInCatalogueLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BuiltInCatalogueLoader.class);

    private final LegalCatalogue catalogue;

    BuiltInCatalogueLoader(LegalCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public void run(ApplicationArguments args) {
        int added = catalogue.loadBuiltIns();
        if (added > 0) {
            log.info("Loaded {} built-in legal provisions (release {})", added, BuiltInProvisions.VERSION);
        }
    }
}
