package io.jenkins.plugins.gogs.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Nothing in this plugin is API for other plugins: every top-level type carries
 * {@code @Restricted(NoExternalUse.class)}, which keeps other plugins from compiling against it (Jenkins itself still
 * reaches extensions, descriptors, data-bound classes and web methods). The {@code client} package is left out: it
 * stays free of anything Jenkins-related, annotations included.
 */
class RestrictedInternalsTest {

    private static final DescribedPredicate<JavaAnnotation<?>> NO_EXTERNAL_USE = DescribedPredicate.describe(
            "@Restricted(NoExternalUse.class)",
            annotation -> annotation.getRawType().isEquivalentTo(Restricted.class)
                    && annotation
                            .get("value")
                            .filter(value -> value instanceof JavaClass[] restrictions
                                    && Arrays.stream(restrictions).anyMatch(r -> r.isEquivalentTo(NoExternalUse.class)))
                            .isPresent());

    private final JavaClasses production = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.jenkins.plugins.gogs");

    @Test
    void everyTopLevelTypeOutsideTheClientIsRestricted() {
        classes()
                .that()
                .areTopLevelClasses()
                .and()
                .resideOutsideOfPackages("io.jenkins.plugins.gogs.client..")
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .beAnnotatedWith(NO_EXTERNAL_USE)
                .check(production);
    }
}
