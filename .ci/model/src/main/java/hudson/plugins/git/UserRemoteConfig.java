// Source: jenkinsci/git-plugin src/main/java/hudson/plugins/git/UserRemoteConfig.java @ add6e4dc74e6
package hudson.plugins.git;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.AbstractDescribableImpl;
import java.io.Serializable;

public class UserRemoteConfig extends AbstractDescribableImpl<UserRemoteConfig> implements Serializable {

    public UserRemoteConfig(String url, String name, String refspec, @CheckForNull String credentialsId) {
        throw new UnsupportedOperationException();
    }

    public String getName() {
        throw new UnsupportedOperationException();
    }

    public String getRefspec() {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public String getUrl() {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public String getCredentialsId() {
        throw new UnsupportedOperationException();
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException();
    }
}
