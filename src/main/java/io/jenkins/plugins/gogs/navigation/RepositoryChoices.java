package io.jenkins.plugins.gogs.navigation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The choices of a form's repository drop-down: the owner's repositories as Gogs lists them, plus the values the form
 * already holds that the listing lacks (a repository the credentials cannot list, one renamed, or a listing that
 * failed), so that opening and saving a form never changes its repository behind the user's back.
 */
@Restricted(NoExternalUse.class)
public final class RepositoryChoices {

    private RepositoryChoices() {}

    /**
     * The kept names Gogs did not list (compared as Gogs compares names, ignoring case) first, as spelled, then the
     * listing in its order; blank names are left out.
     */
    public static List<String> of(Collection<String> listed, Collection<String> kept) {
        Set<String> known = listed.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        List<String> choices = new ArrayList<>();
        for (String name : kept) {
            if (name != null && !name.isBlank() && known.add(name.toLowerCase(Locale.ROOT))) {
                choices.add(name);
            }
        }
        choices.addAll(listed);
        return choices;
    }
}
