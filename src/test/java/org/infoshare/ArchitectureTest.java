package org.infoshare;

import java.util.List;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The rules stay plain Java; SQL stays out of controllers; only web adapters know the web layer. */
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

    @Test
    void rulePackagesExist() {
        classes().that().resideInAPackage("org.infoshare..rules..").should().bePublic().orShould().bePackagePrivate()
                .allowEmptyShould(false).check(CLASSES);
    }

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
