package io.jenkins.plugins.gogs.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.beans.Introspector;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * The files behind the eight step forms, checked as Jenkins reads them but without a Jenkins: every field has help
 * (in the step's folder or a superclass's, which is where Jenkins and the Pipeline steps reference look), every
 * argument has a field, the server/repository/credentials block is the shared tag, and no help text is kept twice.
 * That the forms render, bind and serve their help over HTTP is {@code StepFormsTest} (real build only).
 */
class StepFormFilesTest {

    @Test
    void theEightStepsHaveForms() throws IOException {
        assertThat(StepForms.stepClasses())
                .containsExactlyInAnyOrder(
                        GogsIssuesStep.class,
                        GogsIssueStep.class,
                        GogsCreateIssueStep.class,
                        GogsUpdateIssueStep.class,
                        GogsCloseIssueStep.class,
                        GogsCommentStep.class,
                        GogsAddLabelsStep.class,
                        GogsRemoveLabelsStep.class);
    }

    @Test
    void everyFieldOfEveryFormHasHelpAndAGetter() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Class<?> step : StepForms.stepClasses()) {
            for (String field : StepForms.fields(step)) {
                if (StepForms.helpFile(step, field) == null) {
                    missing.add(step.getSimpleName() + "." + field + ": no help-" + field + ".html");
                }
                if (getter(step, field) == null) {
                    missing.add(step.getSimpleName() + "." + field + ": no getter, the form cannot show its value");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyArgumentOfEveryStepIsInItsForm() throws IOException {
        for (Class<?> step : StepForms.stepClasses()) {
            List<String> fields = StepForms.fields(step);
            Set<String> setters = setterProperties(step);

            assertThat(fields).as(step.getSimpleName()).doesNotHaveDuplicates().containsAll(setters);
            assertThat(fields.size() - setters.size())
                    .as(step.getSimpleName() + ": fields besides the setters' are the constructor's arguments")
                    .isEqualTo(dataBoundConstructor(step).getParameterCount());
        }
    }

    @Test
    void everyFormEndsWithTheSharedServerRepositoryAndCredentialsBlock() throws IOException {
        assertThat(StepForms.fieldsOf(StepForms.sharedBlock()))
                .containsExactly("server", "repository", "credentialsId");
        assertThat(setterProperties(GogsRepositoryStep.class))
                .containsExactlyInAnyOrder("server", "repository", "credentialsId");
        for (Class<?> step : StepForms.stepClasses()) {
            String jelly = StepForms.configJelly(step);

            assertThat(jelly)
                    .as(step.getSimpleName())
                    .contains("xmlns:g=\"/lib/gogs\"")
                    .endsWith(StepForms.SHARED_BLOCK + "\n</j:jelly>\n");
            assertThat(StepForms.fieldsOf(jelly))
                    .as(step.getSimpleName())
                    .doesNotContain("server", "repository", "credentialsId");
        }
        assertThat(StepForms.class.getResource("/lib/gogs/taglib"))
                .as("the marker that makes /lib/gogs a tag library")
                .isNotNull();
    }

    @Test
    void noHelpTextIsWrittenTwice() throws IOException, NoSuchAlgorithmException {
        Map<String, Path> seen = new HashMap<>();
        List<String> copies = new ArrayList<>();
        try (Stream<Path> files = Files.walk(StepForms.viewsFolder())) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("help"))
                    .sorted()
                    .toList()) {
                String digest = HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
                Path first = seen.putIfAbsent(digest, file);
                if (first != null) {
                    copies.add(file + " repeats " + first);
                }
            }
        }
        assertThat(seen).hasSizeGreaterThan(30);
        assertThat(copies).isEmpty();
    }

    @Test
    void sharedHelpIsOverriddenWhereAFieldMeansSomethingElse() {
        assertThat(StepForms.helpFile(GogsCreateIssueStep.class, "labels").toString())
                .endsWith("/GogsRepositoryStep/help-labels.html");
        assertThat(StepForms.helpFile(GogsIssuesStep.class, "labels").toString())
                .endsWith("/GogsIssuesStep/help-labels.html");
        assertThat(StepForms.read(StepForms.helpFile(GogsUpdateIssueStep.class, "labels")))
                .contains("from now on");
    }

    private static Method getter(Class<?> type, String property) {
        String suffix = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (Method method : type.getMethods()) {
            if (method.getParameterCount() == 0
                    && (method.getName().equals("get" + suffix)
                            || method.getName().equals("is" + suffix))) {
                return method;
            }
        }
        return null;
    }

    private static Set<String> setterProperties(Class<?> type) {
        Set<String> names = new HashSet<>();
        for (Class<?> c = type; c != null && c != Step.class; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                if (method.isAnnotationPresent(DataBoundSetter.class)) {
                    names.add(Introspector.decapitalize(method.getName().substring(3)));
                }
            }
        }
        return names;
    }

    private static Constructor<?> dataBoundConstructor(Class<?> type) {
        for (Constructor<?> constructor : type.getConstructors()) {
            if (constructor.isAnnotationPresent(DataBoundConstructor.class)) {
                return constructor;
            }
        }
        throw new AssertionError(type + " has no @DataBoundConstructor");
    }
}
