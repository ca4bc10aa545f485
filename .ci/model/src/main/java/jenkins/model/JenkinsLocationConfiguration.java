// Source: jenkinsci/jenkins core/src/main/java/jenkins/model/JenkinsLocationConfiguration.java @ jenkins-2.541.3
package jenkins.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.PersistentDescriptor;
import hudson.util.FormValidation;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.QueryParameter;

// The real annotation reads ordinal = JenkinsLocationConfiguration.ORDINAL (200), a constant restricted to core.
@Extension(ordinal = 200)
@Symbol("location")
public class JenkinsLocationConfiguration extends GlobalConfiguration implements PersistentDescriptor {
    public static @NonNull JenkinsLocationConfiguration get() {
        throw new UnsupportedOperationException();
    }

    @Override
    public synchronized void load() {
        throw new UnsupportedOperationException();
    }

    public @NonNull String getAdminAddress() {
        throw new UnsupportedOperationException();
    }

    public void setAdminAddress(@CheckForNull String adminAddress) {
        throw new UnsupportedOperationException();
    }

    public @CheckForNull String getUrl() {
        throw new UnsupportedOperationException();
    }

    public void setUrl(@CheckForNull String jenkinsUrl) {
        throw new UnsupportedOperationException();
    }

    public FormValidation doCheckUrl(@QueryParameter String value) {
        throw new UnsupportedOperationException();
    }
}
