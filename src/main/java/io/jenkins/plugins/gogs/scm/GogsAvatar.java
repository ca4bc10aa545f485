package io.jenkins.plugins.gogs.scm;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.Objects;
import jenkins.scm.api.metadata.AvatarMetadataAction;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** The avatar of a Gogs user or organization, shown on its organization folder. */
@Restricted(NoExternalUse.class)
public class GogsAvatar extends AvatarMetadataAction {

    private static final long serialVersionUID = 1L;

    private final String avatarUrl;

    public GogsAvatar(@CheckForNull String avatarUrl) {
        this.avatarUrl = avatarUrl;
    }

    @CheckForNull
    public String getAvatarUrl() {
        return avatarUrl;
    }

    @Override
    public String getAvatarImageOf(@NonNull String size) {
        return avatarUrl == null ? super.getAvatarImageOf(size) : cachedResizedImageOf(avatarUrl, size);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GogsAvatar other && Objects.equals(avatarUrl, other.avatarUrl);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(avatarUrl);
    }
}
