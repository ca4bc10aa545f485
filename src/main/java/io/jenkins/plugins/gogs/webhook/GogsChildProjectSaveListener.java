package io.jenkins.plugins.gogs.webhook;

import hudson.Extension;
import hudson.XmlFile;
import hudson.model.Saveable;
import hudson.model.listeners.SaveableListener;
import jenkins.scm.api.SCMNavigatorOwner;
import jenkins.scm.api.SCMSourceOwner;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * An organization folder's scan updates the sources of its existing projects and saves them without telling item
 * listeners. When such a save changed what the hook should be (another Jenkins URL, a new secret, a registration
 * mode that now allows it), the hook is registered; otherwise nothing is sent to Gogs.
 */
@Extension
@Restricted(NoExternalUse.class)
public class GogsChildProjectSaveListener extends SaveableListener {

    @Override
    public void onChange(Saveable o, XmlFile file) {
        if (o instanceof SCMSourceOwner project
                && !(o instanceof SCMNavigatorOwner)
                && project.getParent() instanceof SCMNavigatorOwner) {
            HookRegistrations.ensure(project, false);
        }
    }
}
