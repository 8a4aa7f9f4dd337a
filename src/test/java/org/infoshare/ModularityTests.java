package org.infoshare;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Module boundaries hold (no cycles, no reaching into another module's internals); writes module docs. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(InfoshareApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/modulith-docs"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        org.assertj.core.api.Assertions.assertThat(java.nio.file.Path.of("target/modulith-docs/components.puml")).exists();
    }
}
