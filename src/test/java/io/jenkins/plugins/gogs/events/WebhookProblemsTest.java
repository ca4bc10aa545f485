package io.jenkins.plugins.gogs.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.jenkins.plugins.gogs.events.WebhookProblems.Problem;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class WebhookProblemsTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-09-01T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void keepsOneProblemPerSubjectAndRepositoryNewestFirst() {
        WebhookProblems problems = new WebhookProblems(10, clock);
        problems.report("folder/app", "acme/app", "403");
        problems.report("folder/lib", "acme/lib", "no Jenkins URL");
        problems.report("folder/app", "acme/app", "404 now");

        assertThat(problems.list())
                .extracting(Problem::subject, Problem::message)
                .containsExactly(tuple("folder/app", "404 now"), tuple("folder/lib", "no Jenkins URL"));
        assertThat(problems.list().get(0).when()).isEqualTo(clock.instant());
    }

    @Test
    void aSuccessOrADeletedItemResolvesItsProblems() {
        WebhookProblems problems = new WebhookProblems(10, clock);
        problems.report("app", "acme/app", "403");
        problems.report("app", "acme/lib", "403");
        problems.report("deliveries", "acme/app", "bad signature");

        problems.resolve("app", "acme/app");
        assertThat(problems.list()).extracting(Problem::repository).containsExactly("acme/app", "acme/lib");
        problems.resolveAll("app");
        assertThat(problems.list()).extracting(Problem::subject).containsExactly("deliveries");
        problems.resolve("deliveries", "acme/app");
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void forgetsTheOldestBeyondItsCapacity() {
        WebhookProblems problems = new WebhookProblems(2, clock);
        problems.report("deliveries", "a/1", "x");
        problems.report("deliveries", "a/2", "x");
        problems.report("deliveries", "a/3", "x");

        assertThat(problems.list()).extracting(Problem::repository).containsExactly("a/3", "a/2");
    }
}
