package io.jenkins.plugins.gogs.webhook;

import hudson.Extension;
import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.model.listeners.ItemListener;
import hudson.security.ACL;
import hudson.security.ACLContext;
import io.jenkins.plugins.gogs.trigger.TriggerJobs;
import java.util.ArrayList;
import java.util.List;
import jenkins.scm.api.SCMNavigatorOwner;
import jenkins.scm.api.SCMSourceOwner;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Registers hooks when a multibranch project with Gogs sources, or a job with the push trigger, is created or saved,
 * and removes them when it is deleted (unless another item still builds from the repository). Organization folders:
 * Gogs 0.14 has no organization hooks, so each repository gets its own hook through the project the folder keeps for
 * it. Those projects are created by scans, which reports them here as created items; saving the folder re-checks the
 * hooks of all its projects; {@link GogsChildProjectSaveListener} catches a scan that changed a project's sources.
 * Moving or renaming an item changes no hook: hook URLs name no item.
 */
@Extension
@Restricted(NoExternalUse.class)
public class GogsHookItemListener extends ItemListener {

    @Override
    public void onCreated(Item item) {
        if (item instanceof SCMSourceOwner || TriggerJobs.hasTrigger(item)) {
            HookRegistrations.ensure(item, true);
        }
    }

    @Override
    public void onUpdated(Item item) {
        if (item instanceof SCMNavigatorOwner && item instanceof ItemGroup<?> folder) {
            for (SCMSourceOwner project : projectsOf(folder)) {
                HookRegistrations.ensure(project, true);
            }
        } else if (item instanceof SCMSourceOwner || TriggerJobs.hasTrigger(item)) {
            HookRegistrations.ensure(item, true);
        }
    }

    @Override
    public void onDeleted(Item item) {
        if (item instanceof SCMSourceOwner || TriggerJobs.hasTrigger(item)) {
            HookRegistrations.release(item);
        }
    }

    @Override
    public void onLocationChanged(Item item, String oldFullName, String newFullName) {
        GogsWebhookMonitor.problems().resolveAll(oldFullName); // they come back under the new name if they persist
    }

    private static List<SCMSourceOwner> projectsOf(ItemGroup<?> folder) {
        List<SCMSourceOwner> projects = new ArrayList<>();
        try (ACLContext system = ACL.as2(ACL.SYSTEM2)) { // all projects, also those the saving user cannot see
            for (Item child : folder.getItems()) {
                if (child instanceof SCMSourceOwner project) {
                    projects.add(project);
                }
            }
        }
        return projects;
    }
}
