package io.jenkins.plugins.gogs.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Keeps the core of the plugin free of Jenkins types, so that all of its logic can be tested without Jenkins.
 * Only the adapter packages (config, credentials, notify, scm, steps, trigger, webhook) may touch Jenkins; every other
 * package, the client first of all, is core by default. Two small libraries from Maven Central are allowed in the core,
 * because they carry no Jenkins and run in the tests as they are: {@code org.kohsuke.accmod} ({@code @Restricted})
 * and {@code org.jvnet.localizer} (the generated {@code Messages} classes that hold user-facing text). The client uses
 * neither: it stays free of anything Jenkins-related, so that it could become a library of its own.
 */
class JenkinsFreeCoreTest {

    private static final String[] ADAPTERS = {
        "io.jenkins.plugins.gogs.config..",
        "io.jenkins.plugins.gogs.credentials..",
        "io.jenkins.plugins.gogs.notify..",
        "io.jenkins.plugins.gogs.scm..",
        "io.jenkins.plugins.gogs.steps..",
        "io.jenkins.plugins.gogs.trigger..",
        "io.jenkins.plugins.gogs.webhook..",
    };

    private static final String[] JENKINS = {
        "hudson..", "jenkins..", "org.kohsuke..", "com.cloudbees..", "org.jenkinsci..", "org.jvnet..", "net.sf.json..",
    };

    private static final String[] PLAIN_LIBRARIES = {"org.kohsuke.accmod..", "org.jvnet.localizer.."};

    private static final DescribedPredicate<JavaClass> JENKINS_TYPES =
            resideInAnyPackage(JENKINS).and(not(resideInAnyPackage(PLAIN_LIBRARIES)));

    private final JavaClasses production = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.jenkins.plugins.gogs");

    @Test
    void theClientDependsOnNoJenkinsType() {
        noClasses()
                .that()
                .resideInAPackage("io.jenkins.plugins.gogs.client..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(JENKINS)
                .check(production);
    }

    @Test
    void everyPackageOutsideTheAdaptersDependsOnNoJenkinsType() {
        noClasses()
                .that()
                .resideOutsideOfPackages(ADAPTERS)
                .should()
                .dependOnClassesThat(JENKINS_TYPES)
                .check(production);
    }
}
