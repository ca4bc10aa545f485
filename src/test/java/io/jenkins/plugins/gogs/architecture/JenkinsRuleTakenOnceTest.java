package io.jenkins.plugins.gogs.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;

/**
 * With {@code @WithJenkins}, every {@code JenkinsRule} parameter that JUnit resolves for one test starts Jenkins
 * ({@code JenkinsExtension.resolveParameter} calls {@code rule.before()} each time): a class that takes the rule in
 * a set-up method and again in a test method (or its constructor) starts a second Jenkins on the port the first one
 * holds, and every test of the class fails before it runs. Take it once: in {@code @BeforeEach}, kept in a field,
 * or only as a parameter of the test methods.
 */
class JenkinsRuleTakenOnceTest {

    private static final String JENKINS_RULE = "org.jvnet.hudson.test.JenkinsRule";

    private static final List<String> SET_UP =
            List.of("org.junit.jupiter.api.BeforeEach", "org.junit.jupiter.api.BeforeAll");

    private static final List<String> PER_TEST = List.of(
            "org.junit.jupiter.api.Test",
            "org.junit.jupiter.api.RepeatedTest",
            "org.junit.jupiter.api.TestFactory",
            "org.junit.jupiter.api.TestTemplate",
            "org.junit.jupiter.params.ParameterizedTest");

    private static final ArchCondition<JavaClass> TAKE_THE_RULE_ONCE =
            new ArchCondition<>("take a JenkinsRule parameter in set-up methods or in tests, never in both") {
                @Override
                public void check(JavaClass testClass, ConditionEvents events) {
                    List<String> inSetUp = takers(testClass, SET_UP, false);
                    List<String> inTests = takers(testClass, PER_TEST, true);
                    if (!inSetUp.isEmpty() && !inTests.isEmpty()) {
                        events.add(SimpleConditionEvent.violated(
                                testClass,
                                testClass.getName() + " takes a JenkinsRule in " + inSetUp + " and again in " + inTests
                                        + ": each starts a Jenkins; keep the set-up's rule in a field"));
                    }
                }
            };

    private static final ArchRule RULE = classes()
            .that()
            .doNotBelongToAnyOf(JenkinsRuleTakenOnceTest.class) // the samples below break it on purpose
            .should(TAKE_THE_RULE_ONCE);

    @Test
    void noTestClassTakesTheJenkinsRuleInSetUpAndAgainInATest() {
        JavaClasses tests = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("io.jenkins.plugins.gogs");
        assertThat(tests.stream().filter(c -> !takers(c, PER_TEST, true).isEmpty()))
                .as("the rule sees the JenkinsRule tests")
                .isNotEmpty();

        RULE.check(tests);
    }

    @Test
    void theRuleCatchesARuleTakenInSetUpAndInATestOrConstructor() {
        JavaClasses samples = new ClassFileImporter()
                .importClasses(TwiceInSetUpAndTest.class, TwiceInConstructorAndSetUp.class, OnceInAField.class);

        EvaluationResult result = classes().should(TAKE_THE_RULE_ONCE).evaluate(samples);

        assertThat(result.getFailureReport().getDetails())
                .hasSize(2)
                .anySatisfy(line -> assertThat(line).contains(TwiceInSetUpAndTest.class.getName()))
                .anySatisfy(line -> assertThat(line).contains(TwiceInConstructorAndSetUp.class.getName()))
                .noneSatisfy(line -> assertThat(line).contains(OnceInAField.class.getName()));
    }

    /** Names of the code units annotated with one of {@code annotations} that have a JenkinsRule parameter. */
    private static List<String> takers(JavaClass testClass, List<String> annotations, boolean withConstructors) {
        Stream<JavaCodeUnit> annotated = testClass.getMethods().stream()
                .filter(m -> annotations.stream().anyMatch(a -> m.isAnnotatedWith(a) || m.isMetaAnnotatedWith(a)))
                .map(JavaCodeUnit.class::cast);
        Stream<JavaCodeUnit> constructors =
                withConstructors ? testClass.getConstructors().stream().map(JavaConstructor.class::cast) : Stream.of();
        return Stream.concat(annotated, constructors)
                .filter(unit -> unit.getRawParameterTypes().stream().anyMatch(t -> t.isAssignableTo(JENKINS_RULE)))
                .map(unit -> unit.getName())
                .toList();
    }

    // Samples for the rule's own test; never run (they would start Jenkins).

    @Disabled("a sample for the architecture rule")
    static class TwiceInSetUpAndTest {
        @BeforeEach
        void setUp(JenkinsRule j) {}

        @Test
        void test(JenkinsRule j) {}
    }

    @Disabled("a sample for the architecture rule")
    static class TwiceInConstructorAndSetUp {
        TwiceInConstructorAndSetUp(JenkinsRule j) {}

        @BeforeEach
        void setUp(JenkinsRule j) {}
    }

    @Disabled("a sample for the architecture rule")
    static class OnceInAField {
        private JenkinsRule j;

        @BeforeEach
        void setUp(JenkinsRule rule) {
            j = rule;
        }

        @Test
        void test() {
            assertThat(j).isNotNull();
        }
    }
}
