package org.infoshare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Module boundaries hold (no cycles, no reaching into another module's internals); the module documentation
 * written from the code shows every module and dependencies pointing one way, and docs/architecture.md lists
 * every module.
 */
class ModularityTests {

    /** The platform the features build on: none of these may depend on a feature module. */
    static final Set<String> PLATFORM = Set.of("shared", "database", "crypto", "ledger", "web", "validation");

    private static final Path DOCS = Path.of("target/modulith-docs");
    private static final Pattern COMPONENT = Pattern.compile("Component\\(([^,]+), \"([^\"]+)\"");
    private static final Pattern RELATION = Pattern.compile("Rel\\(([^,]+), ([^,]+), \"uses\"");

    private final ApplicationModules modules = ApplicationModules.of(InfoshareApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();

        String components = Files.readString(DOCS.resolve("components.puml"));
        Map<String, String> moduleByComponent = new HashMap<>();
        Matcher component = COMPONENT.matcher(components);
        while (component.find()) {
            moduleByComponent.put(component.group(1), module(component.group(2)).getIdentifier().toString());
        }
        assertThat(moduleByComponent.values()).as("every module is drawn").containsExactlyInAnyOrderElementsOf(
                modules.stream().map(m -> m.getIdentifier().toString()).toList());
        for (ApplicationModule module : modules) {
            String id = module.getIdentifier().toString();
            assertThat(DOCS.resolve("module-" + id + ".puml")).as("the diagram of " + id).exists();
            assertThat(DOCS.resolve("module-" + id + ".adoc")).as("the canvas of " + id).content()
                    .contains("`" + module.getBasePackage().getName() + "`");
        }

        Matcher relation = RELATION.matcher(components);
        int relations = 0;
        while (relation.find()) {
            relations++;
            String from = moduleByComponent.get(relation.group(1));
            String to = moduleByComponent.get(relation.group(2));
            assertThat(from).as("a relation starts at a module").isNotNull();
            assertThat(to).as("a relation ends at a module").isNotNull();
            if (PLATFORM.contains(from)) {
                assertThat(PLATFORM).as("the platform module " + from + " uses only the platform").contains(to);
            }
        }
        assertThat((long) relations).as("the features' dependencies are drawn").isGreaterThan(modules.stream().count());
        assertThat(components).as("secure delivery carries out sharing decisions")
                .containsPattern("Rel\\([^,]*Securedelivery, [^,]*Sharingdecisions, \"uses\"");
    }

    @Test
    void theArchitectureDocumentListsEveryModule() throws IOException {
        String architecture = Files.readString(Path.of("docs/architecture.md"));
        List<String> packages = modules.stream().map(m -> m.getBasePackage().getName().substring("org.infoshare.".length())).toList();
        for (String module : packages) {
            assertThat(architecture).as("docs/architecture.md's module table").contains("| `" + module + "` |");
        }
    }

    private ApplicationModule module(String displayName) {
        return modules.stream().filter(m -> m.getDisplayName().equals(displayName)).findFirst()
                .orElseThrow(() -> new AssertionError("The diagram shows " + displayName + ", which is not a module"));
    }
}
