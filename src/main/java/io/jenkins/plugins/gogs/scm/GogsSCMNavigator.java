package io.jenkins.plugins.gogs.scm;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.Extension;
import hudson.Util;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import jenkins.scm.api.SCMNavigator;
import jenkins.scm.api.SCMNavigatorDescriptor;
import jenkins.scm.api.SCMSourceObserver;
import jenkins.scm.api.trait.SCMTrait;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/** The repositories of one Gogs user or organization, each a multibranch project of an organization folder. */
public class GogsSCMNavigator extends SCMNavigator {

    private final String serverUrl;
    private final String repoOwner;
    private String credentialsId;
    private List<SCMTrait<? extends SCMTrait<?>>> traits = new ArrayList<>();

    @DataBoundConstructor
    public GogsSCMNavigator(String serverUrl, String repoOwner) {
        this.serverUrl = GogsSCMSource.canonical(serverUrl);
        this.repoOwner = Util.fixEmptyAndTrim(repoOwner);
    }

    public String getServerUrl() {
        return serverUrl;
    }

    public String getRepoOwner() {
        return repoOwner;
    }

    @CheckForNull
    public String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(@CheckForNull String credentialsId) {
        this.credentialsId = Util.fixEmptyAndTrim(credentialsId);
    }

    @NonNull
    @Override
    public List<SCMTrait<? extends SCMTrait<?>>> getTraits() {
        return traits == null ? List.of() : List.copyOf(traits);
    }

    /** Data binding (forms, Job DSL, JCasC) hands traits over as an array. */
    @DataBoundSetter
    public void setTraits(@CheckForNull SCMTrait[] traits) {
        List<SCMTrait<? extends SCMTrait<?>>> list = new ArrayList<>();
        if (traits != null) {
            for (SCMTrait<?> trait : traits) {
                list.add(trait);
            }
        }
        this.traits = list;
    }

    @Override
    public void setTraits(@CheckForNull List<SCMTrait<? extends SCMTrait<?>>> traits) {
        this.traits = new ArrayList<>(Util.fixNull(traits));
    }

    /** Who registers the webhooks of this folder's repositories ({@code SYSTEM} without a registration trait). */
    @NonNull
    public WebhookRegistration webhookRegistration() {
        return GogsSCMSource.webhookRegistration(getTraits());
    }

    @NonNull
    @Override
    protected String id() {
        return serverUrl + "::" + repoOwner;
    }

    @Override
    public void visitSources(@NonNull SCMSourceObserver observer) throws IOException, InterruptedException {
        throw new AbortException("Listing Gogs repositories is not written yet");
    }

    @Override
    public String toString() {
        return "GogsSCMNavigator[" + serverUrl + "/" + repoOwner + "]";
    }

    @Extension
    @Symbol("gogs")
    public static class DescriptorImpl extends SCMNavigatorDescriptor {

        @NonNull
        @Override
        public String getDisplayName() {
            return "Gogs Organization";
        }

        @NonNull
        @Override
        public String getDescription() {
            return "Scans a Gogs user or organization for repositories with a Jenkinsfile.";
        }

        @Override
        public SCMNavigator newInstance(@CheckForNull String name) {
            return new GogsSCMNavigator("", name);
        }

    }
}
