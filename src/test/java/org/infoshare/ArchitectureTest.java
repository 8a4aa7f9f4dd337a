package org.infoshare;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/** The rules stay plain Java; SQL stays out of controllers; only web adapters know the web layer; no class cycles. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.infoshare");

    @Test
    void rulesAndTheSharedKernelAreFreeOfSpringSqlAndHttp() {
        ArchRule rule = noClasses().that().resideInAnyPackage("org.infoshare.shared..", "org.infoshare..rules..")
                .and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta.servlet..", "java.sql..", "javax.sql..", "tools.jackson..")
                .because("rules are plain Java: unit-tested in microseconds and benchmarked on their own");
        rule.check(CLASSES);
    }

    /** The plain-Java rule above checks real code: every module's rules package is found and holds its policies. */
    @Test
    void rulePackagesExist() {
        Map<String, Long> policies = CLASSES.stream()
                .filter(c -> c.getPackageName().matches("org\\.infoshare\\.\\w+\\.rules") && c.isTopLevelClass())
                .filter(c -> !c.getSimpleName().equals("package-info"))
                .collect(Collectors.groupingBy(JavaClass::getPackageName, TreeMap::new, Collectors.counting()));
        assertThat(policies).containsKeys(RULE_PACKAGES.toArray(String[]::new));
        assertThat(policies.values()).allMatch(count -> count > 0);
    }

    static final List<String> RULE_PACKAGES = List.of("org.infoshare.agreement.rules", "org.infoshare.audit.rules",
            "org.infoshare.dataset.rules", "org.infoshare.decision.rules", "org.infoshare.delivery.rules", "org.infoshare.ledger.rules");

    /**
     * No two classes depend on each other, directly or through others: each class can be read, tested and
     * changed knowing only what it uses. Nested classes count as their top-level class.
     */
    @Test
    void classesDependOnEachOtherOneWayOnly() {
        slices().assignedFrom(TOP_LEVEL_CLASSES).should().beFreeOfCycles().check(CLASSES);
    }

    private static final SliceAssignment TOP_LEVEL_CLASSES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getName();
            return name.startsWith("org.infoshare.") ? SliceIdentifier.of(name.contains("$") ? name.substring(0, name.indexOf('$')) : name)
                    : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "top-level classes";
        }
    };

    /**
     * Services, stores and rules never depend on the web layer; only the web adapters do: page controllers,
     * API controllers, their forms, navigation entries and configuration. Nested types count as their top-level class.
     */
    @Test
    void onlyWebAdaptersDependOnTheWebLayer() {
        noClasses().that().resideOutsideOfPackage("org.infoshare.web..")
                .and(not(topLevelNameEndsWithAnyOf(WEB_ADAPTERS)))
                .should().dependOnClassesThat().resideInAPackage("org.infoshare.web..")
                .because("services check commands with org.infoshare.validation and know nothing of pages or HTTP")
                .check(CLASSES);
    }

    static final List<String> WEB_ADAPTERS = List.of("Pages", "Api", "Forms", "Navigation", "Configuration");

    static DescribedPredicate<JavaClass> topLevelNameEndsWithAnyOf(List<String> suffixes) {
        return DescribedPredicate.describe("web adapters (in a class named *" + String.join(", *", suffixes) + ")", javaClass -> {
            String name = javaClass.getName().substring(javaClass.getPackageName().length() + 1);
            String topLevel = name.contains("$") ? name.substring(0, name.indexOf('$')) : name;
            return suffixes.stream().anyMatch(topLevel::endsWith);
        });
    }

    @Test
    void controllersDoNotTouchTheDatabase() {
        noClasses().that().haveSimpleNameEndingWith("Pages").or().haveSimpleNameEndingWith("Api")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
                .check(CLASSES);
    }
}
