package dev.focus.rooms;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTest {

    private static final JavaClasses ROOMS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.focus.rooms");

    @Test
    @DisplayName("the model and the use cases use neither Micronaut nor the AWS SDK")
    void domain_is_plain_java() {
        noClasses().that().resideInAnyPackage("..model..", "..application..")
                .should().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "software.amazon..")
                .check(ROOMS);
    }

    @Test
    @DisplayName("the model knows nothing of the use cases, adapters or the API")
    void model_depends_on_nothing_outside() {
        noClasses().that().resideInAPackage("..model..")
                .should().dependOnClassesThat().resideInAnyPackage("..application..", "..adapter..", "..api..")
                .check(ROOMS);
    }

    @Test
    @DisplayName("the API reaches adapters only through the use cases")
    void api_does_not_touch_adapters() {
        noClasses().that().resideInAPackage("..api..")
                .should().dependOnClassesThat().resideInAPackage("..adapter..")
                .check(ROOMS);
    }
}
