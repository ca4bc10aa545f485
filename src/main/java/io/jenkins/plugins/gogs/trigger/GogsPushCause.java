package io.jenkins.plugins.gogs.trigger;

import hudson.model.Cause;
import hudson.model.TaskListener;
import java.io.IOException;
import java.util.Objects;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * "Started by a push to Gogs by alice", linking to what was pushed (Gogs' compare page, else the new branch's commit
 * or the tag). Kept with the build, so its fields are plain.
 */
@Restricted(NoExternalUse.class)
public class GogsPushCause extends Cause {

    private final String pusher;
    private final String repository;
    private final String ref;
    private final String url;

    /**
     * @param pusher the Gogs user name, may be null
     * @param repository {@code owner/name}
     * @param ref the full ref, e.g. {@code refs/heads/main}
     * @param url the page to link to; anything but an http(s) URL is dropped
     */
    public GogsPushCause(String pusher, String repository, String ref, String url) {
        this.pusher = pusher;
        this.repository = repository;
        this.ref = ref;
        this.url = url != null && (url.startsWith("https://") || url.startsWith("http://")) ? url : null;
    }

    public String getPusher() {
        return pusher;
    }

    public String getRepository() {
        return repository;
    }

    public String getRef() {
        return ref;
    }

    /** The page of the push in Gogs; null when not known. */
    public String getUrl() {
        return url;
    }

    @Override
    public String getShortDescription() {
        return pusher == null
                ? Messages.GogsPushCause_ShortDescriptionNoPusher()
                : Messages.GogsPushCause_ShortDescription(pusher);
    }

    @Override
    public void print(TaskListener listener) {
        if (url == null) {
            listener.getLogger().println(getShortDescription());
            return;
        }
        try {
            listener.hyperlink(url, getShortDescription());
            listener.getLogger().println();
        } catch (IOException e) {
            listener.getLogger().println(getShortDescription());
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GogsPushCause other
                && Objects.equals(pusher, other.pusher)
                && Objects.equals(repository, other.repository)
                && Objects.equals(ref, other.ref)
                && Objects.equals(url, other.url);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pusher, repository, ref, url);
    }
}
