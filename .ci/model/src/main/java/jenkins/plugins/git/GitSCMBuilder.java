// Source: jenkinsci/git-plugin src/main/java/jenkins/plugins/git/GitSCMBuilder.java @ add6e4dc74e6
package jenkins.plugins.git;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.plugins.git.GitSCM;
import hudson.plugins.git.UserRemoteConfig;
import hudson.plugins.git.browser.GitRepositoryBrowser;
import hudson.plugins.git.extensions.GitSCMExtension;
import java.util.List;
import java.util.Set;
import jenkins.scm.api.SCMHead;
import jenkins.scm.api.SCMRevision;
import jenkins.scm.api.trait.SCMBuilder;

public class GitSCMBuilder<B extends GitSCMBuilder<B>> extends SCMBuilder<B, GitSCM> {

    public GitSCMBuilder(@NonNull SCMHead head, @CheckForNull SCMRevision revision, @NonNull String remote,
            @CheckForNull String credentialsId) {
        super(GitSCM.class, head, revision);
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public final GitRepositoryBrowser browser() {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public final String credentialsId() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final List<GitSCMExtension> extensions() {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public final String gitTool() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final List<String> refSpecs() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final String remote() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final String remoteName() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final Set<String> additionalRemoteNames() {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public final String additionalRemote(String remoteName) {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public final List<String> additionalRemoteRefSpecs(String remoteName) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final B withBrowser(@CheckForNull GitRepositoryBrowser browser) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final B withCredentials(@CheckForNull String credentialsId) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final B withExtension(@CheckForNull GitSCMExtension extension) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final B withExtensions(GitSCMExtension... extensions) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final B withExtensions(@NonNull List<GitSCMExtension> extensions) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final B withGitTool(@CheckForNull String gitTool) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final B withRefSpec(@NonNull String refSpec) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final B withRefSpecs(@NonNull List<String> refSpecs) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final B withoutRefSpecs() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final B withRemote(@NonNull String remote) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final B withRemoteName(@CheckForNull String remoteName) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final B withAdditionalRemote(@NonNull String remoteName, @NonNull String remote, String... refSpecs) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final B withAdditionalRemote(@NonNull String remoteName, @NonNull String remote, List<String> refSpecs) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public final List<UserRemoteConfig> asRemoteConfigs() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    @Override
    public GitSCM build() {
        throw new UnsupportedOperationException();
    }
}
