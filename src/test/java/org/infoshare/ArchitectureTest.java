package org.infoshare;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The rules stay plain Java; SQL stays out of controllers. */
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

    @Test
    void controllersDoNotTouchTheDatabase() {
        noClasses().that().haveSimpleNameEndingWith("Pages").or().haveSimpleNameEndingWith("Api")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
                .check(CLASSES);
    }
}
