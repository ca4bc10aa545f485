package io.jenkins.plugins.gogs.scm;

import hudson.ExtensionList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jenkins.plugins.git.traits.GitBrowserSCMSourceTrait;
import jenkins.scm.api.SCMNavigatorDescriptor;
import jenkins.scm.api.SCMSourceDescriptor;
import jenkins.scm.api.trait.SCMNavigatorTrait;
import jenkins.scm.api.trait.SCMNavigatorTraitDescriptor;
import jenkins.scm.api.trait.SCMSourceTrait;
import jenkins.scm.api.trait.SCMTrait;
import jenkins.scm.api.trait.SCMTraitDescriptor;
import jenkins.scm.impl.form.NamedArrayList;
import jenkins.scm.impl.trait.Discovery;
import jenkins.scm.impl.trait.Selection;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** The traits the source and navigator forms offer, in sections, and the defaults of a new source or folder. */
@Restricted(NoExternalUse.class)
final class GogsTraitLists {

    private GogsTraitLists() {}

    /**
     * Branches (except those that are also pull requests), pull requests from the repository and from forks (merged
     * with their target; forks of collaborators trusted). Tags are not discovered by default: Jenkins does not build
     * discovered tags without a build strategy, so by default they would only cost listing.
     */
    static List<SCMSourceTrait> sourceDefaults() {
        return List.of(
                new GogsBranchDiscoveryTrait(GogsBranchDiscoveryTrait.EXCLUDE_PULL_REQUEST_BRANCHES),
                new GogsOriginPullRequestDiscoveryTrait(PullRequestStrategies.MERGE),
                new GogsForkPullRequestDiscoveryTrait(
                        PullRequestStrategies.MERGE, new GogsForkPullRequestDiscoveryTrait.TrustCollaborators()));
    }

    static List<NamedArrayList<? extends SCMTraitDescriptor<?>>> forSource(SCMSourceDescriptor source) {
        List<SCMTraitDescriptor<?>> all = new ArrayList<>(sourceTraits(source));
        return sections(all);
    }

    static List<NamedArrayList<? extends SCMTraitDescriptor<?>>> forNavigator(SCMNavigatorDescriptor navigator) {
        List<SCMTraitDescriptor<?>> all = new ArrayList<>(
                SCMNavigatorTrait._for(navigator, GogsSCMNavigatorContext.class, GogsSCMSourceBuilder.class));
        all.addAll(sourceTraits(ExtensionList.lookupSingleton(GogsSCMSource.DescriptorImpl.class)));
        return sections(all);
    }

    /** Gogs traits and the git plugin's checkout traits; not the git browser one (the builder sets Gogs' own). */
    private static Set<SCMTraitDescriptor<?>> sourceTraits(SCMSourceDescriptor source) {
        Set<SCMTraitDescriptor<?>> traits = new LinkedHashSet<>();
        traits.addAll(SCMSourceTrait._for(source, GogsSCMSourceContext.class, null));
        traits.addAll(SCMSourceTrait._for(source, null, GogsSCMBuilder.class));
        traits.removeIf(d -> d instanceof GitBrowserSCMSourceTrait.DescriptorImpl);
        return traits;
    }

    private static List<NamedArrayList<? extends SCMTraitDescriptor<?>>> sections(List<SCMTraitDescriptor<?>> all) {
        List<NamedArrayList<? extends SCMTraitDescriptor<?>>> result = new ArrayList<>();
        NamedArrayList.select(
                all,
                Messages.GogsTraitLists_Repositories(),
                d -> d instanceof SCMNavigatorTraitDescriptor,
                true,
                result);
        NamedArrayList.select(
                all,
                Messages.GogsTraitLists_WithinRepository(),
                NamedArrayList.anyOf(
                        NamedArrayList.withAnnotation(Discovery.class), NamedArrayList.withAnnotation(Selection.class)),
                true,
                result);
        NamedArrayList.select(all, Messages.GogsTraitLists_Additional(), null, true, result);
        return result;
    }

    /** The source defaults as navigator traits (a folder hands them to each repository's project). */
    static List<SCMTrait<? extends SCMTrait<?>>> navigatorDefaults() {
        return new ArrayList<>(sourceDefaults());
    }
}
