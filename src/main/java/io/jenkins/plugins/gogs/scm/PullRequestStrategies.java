package io.jenkins.plugins.gogs.scm;

import hudson.util.ListBoxModel;
import java.util.EnumSet;
import java.util.Set;
import jenkins.scm.api.mixin.ChangeRequestCheckoutStrategy;

/** The pull request discovery traits' strategy ids: 1 = merge with the target, 2 = the head as is, 3 = both. */
final class PullRequestStrategies {

    static final int MERGE = 1;
    static final int HEAD = 2;
    static final int BOTH = 3;

    private PullRequestStrategies() {}

    static int check(int strategyId) {
        if (strategyId < MERGE || strategyId > BOTH) {
            throw new IllegalArgumentException("The pull request strategy is 1 (merged with the target branch), "
                    + "2 (the head as it is) or 3 (both), not " + strategyId);
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
        items.add("Merging the pull request with the current target branch revision", String.valueOf(MERGE));
        items.add("The current pull request revision", String.valueOf(HEAD));
        items.add(
                "Both the current pull request revision and the pull request merged with the current target "
                        + "branch revision",
                String.valueOf(BOTH));
        return items;
    }
}
