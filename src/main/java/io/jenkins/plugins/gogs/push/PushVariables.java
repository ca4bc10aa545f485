package io.jenkins.plugins.gogs.push;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The environment variables a build started by a push gets. {@code GOGS_REF} and {@code GOGS_BEFORE} have the
 * names and values the gogs-webhook plugin gave them; the rest is new. Every variable is set, to an empty value
 * when the push does not tell it (so that scripts with {@code set -u} do not fail).
 */
@Restricted(NoExternalUse.class)
public final class PushVariables {

    /** The full ref: {@code refs/heads/main}, {@code refs/tags/v1.0}. */
    public static final String REF = "GOGS_REF";
    /** The branch's previous commit (40 zeros for a new branch); empty for a tag. */
    public static final String BEFORE = "GOGS_BEFORE";
    /** The branch's new commit; for a tag, the tag's value (for an annotated tag, the tag object). */
    public static final String AFTER = "GOGS_AFTER";
    /** The branch name, e.g. {@code feature/x}; empty for a tag. */
    public static final String BRANCH = "GOGS_BRANCH";
    /** The tag name, e.g. {@code v1.0}; empty for a branch. */
    public static final String TAG = "GOGS_TAG";
    /** The Gogs user name of who pushed. */
    public static final String PUSHER = "GOGS_PUSHER";
    /** {@code owner/name} of the repository, as Gogs spells it. */
    public static final String REPOSITORY = "GOGS_REPOSITORY";
    /** The repository's web page. */
    public static final String REPOSITORY_URL = "GOGS_REPOSITORY_URL";
    /** The repository's HTTP(S) clone URL, as Gogs advertises it. */
    public static final String CLONE_URL = "GOGS_CLONE_URL";
    /** The repository's SSH clone URL, as Gogs advertises it. */
    public static final String SSH_URL = "GOGS_SSH_URL";
    /** Gogs' page comparing the previous and the new commit; empty for a new branch and for a tag. */
    public static final String COMPARE_URL = "GOGS_COMPARE_URL";

    private PushVariables() {}

    /** The variables of {@code push}, in the order above. */
    public static Map<String, String> of(PushedRef push) {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put(REF, push.ref().fullName());
        variables.put(BEFORE, text(push.before()));
        variables.put(AFTER, push.after());
        variables.put(BRANCH, push.ref().isBranch() ? push.ref().name() : "");
        variables.put(TAG, push.isTag() ? push.ref().name() : "");
        variables.put(PUSHER, text(push.pusher()));
        variables.put(
                REPOSITORY,
                push.delivered().fullName() == null
                        ? push.repository().fullName()
                        : push.delivered().fullName());
        variables.put(REPOSITORY_URL, text(push.delivered().htmlUrl()));
        variables.put(CLONE_URL, text(push.delivered().cloneUrl()));
        variables.put(SSH_URL, text(push.delivered().sshUrl()));
        variables.put(COMPARE_URL, push.compareUrl());
        return Collections.unmodifiableMap(variables);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
