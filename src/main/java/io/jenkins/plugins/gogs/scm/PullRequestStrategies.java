package io.jenkins.plugins.gogs.scm;

import hudson.util.ListBoxModel;
import java.util.EnumSet;
import java.util.Set;
import jenkins.scm.api.mixin.ChangeRequestCheckoutStrategy;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** The pull request discovery traits' strategy ids: 1 = merge with the target, 2 = the head as is, 3 = both. */
@Restricted(NoExternalUse.class)
final class PullRequestStrategies {

    static final int MERGE = 1;
    static final int HEAD = 2;
    static final int BOTH = 3;

    private PullRequestStrategies() {}

    static int check(int strategyId) {
        if (strategyId < MERGE || strategyId > BOTH) {
            throw new IllegalArgumentException(Messages.PullRequestStrategies_BadStrategy(String.valueOf(strategyId)));
        }
        return strategyId;
    }

    static Set<ChangeRequestCheckoutStrategy> of(int strategyId) {
        return switch (strategyId) {
            case MERGE -> EnumSet.of(ChangeRequestCheckoutStrategy.MERGE);
            case HEAD -> EnumSet.of(ChangeRequestCheckoutStrategy.HEAD);
            default -> EnumSet.allOf(ChangeRequestCheckoutStrategy.class);
        };
    }

    static ListBoxModel items() {
        ListBoxModel items = new ListBoxModel();
        items.add(Messages.PullRequestStrategies_Merge(), String.valueOf(MERGE));
        items.add(Messages.PullRequestStrategies_Head(), String.valueOf(HEAD));
        items.add(Messages.PullRequestStrategies_Both(), String.valueOf(BOTH));
        return items;
    }
}
