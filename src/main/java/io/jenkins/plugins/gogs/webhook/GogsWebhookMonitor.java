package io.jenkins.plugins.gogs.webhook;

import hudson.Extension;
import hudson.ExtensionList;
import hudson.model.AdministrativeMonitor;
import io.jenkins.plugins.gogs.events.WebhookProblems;
import java.util.List;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.HttpResponses;
import org.kohsuke.stapler.interceptor.RequirePOST;

/**
 * Tells admins what keeps Gogs webhooks from working: a Jenkins URL Gogs cannot deliver to, hooks Gogs refused to
 * register (a token without admin rights on the repository), deliveries refused for their signature, a missing
 * secret credential. Each problem names the item (or server) and the repository. Problems are kept in memory: they
 * come back with the next registration or delivery that hits them.
 */
@Extension
@Restricted(NoExternalUse.class)
public class GogsWebhookMonitor extends AdministrativeMonitor {

    private final transient WebhookProblems problems = new WebhookProblems();

    /** The monitor's problem list; usable before Jenkins has loaded extensions only in tests. */
    static WebhookProblems problems() {
        return ExtensionList.lookupSingleton(GogsWebhookMonitor.class).problems;
    }

    @Override
    public String getDisplayName() {
        return Messages.GogsWebhookMonitor_DisplayName();
    }

    @Override
    public boolean isActivated() {
        return !problems.isEmpty();
    }

    /** Newest first; for message.jelly. */
    public List<WebhookProblems.Problem> getProblems() {
        return problems.list();
    }

    /** Forgets the listed problems (they return if they persist). */
    @RequirePOST
    public HttpResponse doClear() {
        checkRequiredPermission();
        problems.clear();
        return HttpResponses.redirectViaContextPath("/manage");
    }
}
