package io.jenkins.plugins.gogs.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the packages layered: no package reaches back into one that depends on it (e.g. scm and webhook). */
class PackageCyclesTest {

    @Test
    void packagesDependOnEachOtherWithoutCycles() {
        slices().matching("io.jenkins.plugins.gogs.(*)..")
                .should()
                .beFreeOfCycles()
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.jenkins.plugins.gogs"));
    }
}
