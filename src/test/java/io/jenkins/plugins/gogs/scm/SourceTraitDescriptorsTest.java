package io.jenkins.plugins.gogs.scm;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.gogs.notify.GogsBuildCommentsTrait;
import io.jenkins.plugins.gogs.notify.GogsBuildLabelsTrait;
import io.jenkins.plugins.gogs.notify.GogsRebuildCommentTrait;
import java.util.Collection;
import java.util.List;
import jenkins.plugins.git.AbstractGitSCMSource;
import jenkins.plugins.git.GitSCMBuilder;
import jenkins.plugins.git.GitSCMSourceContext;
import jenkins.scm.api.trait.SCMSourceTrait;
import jenkins.scm.api.trait.SCMSourceTraitDescriptor;
import jenkins.scm.api.trait.SCMTraitDescriptor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The nine traits of a Gogs source share one descriptor base: each applies to the Gogs source, its scan context and
 * its checkout builder, and not to the git plugin's, and the source and folder forms offer every one. Runs only in
 * the real build.
 */
@WithJenkins
@Tag("needs-jenkins")
class SourceTraitDescriptorsTest {

    private static final List<Class<? extends SCMSourceTrait>> GOGS_SOURCE_TRAITS = List.of(
            GogsBranchDiscoveryTrait.class,
            GogsTagDiscoveryTrait.class,
            GogsOriginPullRequestDiscoveryTrait.class,
            GogsForkPullRequestDiscoveryTrait.class,
            GogsSSHCheckoutTrait.class,
            GogsWebhookRegistrationTrait.class,
            GogsBuildCommentsTrait.class,
            GogsBuildLabelsTrait.class,
            GogsRebuildCommentTrait.class);

    @Test
    void everyTraitAppliesToTheGogsSourceOnly(JenkinsRule j) {
        for (Class<? extends SCMSourceTrait> trait : GOGS_SOURCE_TRAITS) {
            SCMSourceTraitDescriptor d = (SCMSourceTraitDescriptor) j.jenkins.getDescriptorOrDie(trait);

            assertThat(d).as(trait.getSimpleName()).isInstanceOf(GogsSourceTraitDescriptor.class);
            assertThat(d.isApplicableTo(GogsSCMSource.class))
                    .as(trait.getSimpleName())
                    .isTrue();
            assertThat(d.isApplicableToContext(GogsSCMSourceContext.class))
                    .as(trait.getSimpleName())
                    .isTrue();
            assertThat(d.isApplicableToBuilder(GogsSCMBuilder.class))
                    .as(trait.getSimpleName())
                    .isTrue();
            assertThat(d.isApplicableTo(AbstractGitSCMSource.class))
                    .as(trait.getSimpleName())
                    .isFalse();
            assertThat(d.isApplicableToContext(GitSCMSourceContext.class))
                    .as(trait.getSimpleName())
                    .isFalse();
            assertThat(d.isApplicableToBuilder(GitSCMBuilder.class))
                    .as(trait.getSimpleName())
                    .isFalse();
        }
    }

    @Test
    void theSourceAndTheFolderFormsOfferEveryTrait(JenkinsRule j) {
        List<Class<?>> source = offered(j.jenkins
                .getDescriptorByType(GogsSCMSource.DescriptorImpl.class)
                .getTraitsDescriptorLists());
        List<Class<?>> folder = offered(j.jenkins
                .getDescriptorByType(GogsSCMNavigator.DescriptorImpl.class)
                .getTraitsDescriptorLists());

        assertThat(source).containsAll(GOGS_SOURCE_TRAITS);
        assertThat(folder).containsAll(GOGS_SOURCE_TRAITS);
    }

    private static List<Class<?>> offered(List<? extends Collection<? extends SCMTraitDescriptor<?>>> lists) {
        return lists.stream()
                .flatMap(Collection::stream)
                .<Class<?>>map(d -> d.clazz)
                .toList();
    }
}
