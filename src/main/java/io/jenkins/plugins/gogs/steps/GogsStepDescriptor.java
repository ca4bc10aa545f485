package io.jenkins.plugins.gogs.steps;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import com.cloudbees.plugins.credentials.domains.URIRequirementBuilder;
import hudson.model.Item;
import hudson.model.Queue;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.model.queue.Tasks;
import hudson.security.ACL;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.gogs.config.GogsConfiguration;
import io.jenkins.plugins.gogs.config.GogsCredentialLookup;
import io.jenkins.plugins.gogs.config.GogsServer;
import java.util.List;
import java.util.Set;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/** What the snippet generator's forms of all issue steps share: the server and credentials lists. */
@Restricted(NoExternalUse.class)
public abstract class GogsStepDescriptor extends StepDescriptor {

    @Override
    public Set<? extends Class<?>> getRequiredContext() {
        return Set.of(Run.class, TaskListener.class);
    }

    /** The configured servers by name, after an empty choice: "from the job's branch source, or the only server". */
    @POST
    public ListBoxModel doFillServerItems(@AncestorInPath Item item) {
        ListBoxModel servers = new ListBoxModel();
        servers.add("", "");
        if (!mayConfigure(item)) {
            return servers;
        }
        for (GogsServer server : GogsConfiguration.get().getServers()) {
            servers.add(server.getName() + " (" + server.getServerUrl() + ")", server.getName());
        }
        return servers;
    }

    /** Token (Gogs access token, secret text) and username/password credentials the job could use for the server. */
    @POST
    public ListBoxModel doFillCredentialsIdItems(
            @AncestorInPath Item item, @QueryParameter String server, @QueryParameter String credentialsId) {
        StandardListBoxModel result = new StandardListBoxModel();
        if (!mayConfigure(item)) {
            result.includeCurrentValue(credentialsId);
            return result;
        }
        String url = serverUrl(server);
        result.includeEmptyValue();
        result.includeMatchingAs(
                item instanceof Queue.Task task ? Tasks.getAuthenticationOf2(task) : ACL.SYSTEM2,
                item,
                StandardCredentials.class,
                url == null ? List.of() : URIRequirementBuilder.fromUri(url).build(),
                GogsCredentialLookup.LOGINS);
        result.includeCurrentValue(credentialsId);
        return result;
    }

    private static boolean mayConfigure(Item item) {
        if (item == null) {
            return Jenkins.get().hasPermission(Jenkins.ADMINISTER);
        }
        return item.hasPermission(Item.EXTENDED_READ) || item.hasPermission(CredentialsProvider.USE_ITEM);
    }

    private static String serverUrl(String nameOrUrl) {
        try {
            return GogsConfiguration.get().resolve(nameOrUrl).getServerUrl();
        } catch (IllegalArgumentException e) {
            return null; // several servers and none chosen yet: list credentials without a domain filter
        }
    }
}
