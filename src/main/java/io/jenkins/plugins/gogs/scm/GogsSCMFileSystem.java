package io.jenkins.plugins.gogs.scm;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Item;
import hudson.scm.SCM;
import hudson.scm.SCMDescriptor;
import io.jenkins.plugins.gogs.files.RevisionFiles;
import java.io.IOException;
import jenkins.scm.api.SCMFile;
import jenkins.scm.api.SCMFileSystem;
import jenkins.scm.api.SCMHead;
import jenkins.scm.api.SCMRevision;
import jenkins.scm.api.SCMSource;
import jenkins.scm.api.SCMSourceDescriptor;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * A Gogs repository at one commit, read through the API: Jenkins reads the Jenkinsfile (and whatever a pipeline asks
 * for) without cloning.
 */
@Restricted(NoExternalUse.class)
public class GogsSCMFileSystem extends SCMFileSystem {

    private final RevisionFiles files;

    GogsSCMFileSystem(@NonNull RevisionFiles files, @CheckForNull SCMRevision revision) {
        super(revision);
        this.files = files;
    }

    /** The time of the commit. */
    @Override
    public long lastModified() throws IOException {
        return GogsSCMFile.call(files::commitTime).toEpochMilli();
    }

    @NonNull
    @Override
    public SCMFile getRoot() {
        return new GogsSCMFile(files);
    }

    /**
     * The commit a revision stands for: a branch's or tag's commit, a pull request's head commit. For an untrusted
     * fork pull request Jenkins asks with the target branch's revision (see
     * {@link GogsSCMSource#getTrustedRevision}), so this reads whatever commit it is given.
     */
    @CheckForNull
    static String commitOf(@CheckForNull SCMRevision revision) {
        if (revision instanceof PullRequestSCMRevision pr) {
            return pr.getPullHash();
        }
        if (revision instanceof jenkins.plugins.git.AbstractGitSCMSource.SCMRevisionImpl impl) {
            return impl.getHash();
        }
        return null;
    }

    @Extension
    public static class BuilderImpl extends SCMFileSystem.Builder {

        @Override
        public boolean supports(SCM source) {
            return false;
        }

        @Override
        public boolean supports(SCMSource source) {
            return source instanceof GogsSCMSource;
        }

        @Override
        protected boolean supportsDescriptor(SCMDescriptor descriptor) {
            return false;
        }

        @Override
        protected boolean supportsDescriptor(SCMSourceDescriptor descriptor) {
            return descriptor instanceof GogsSCMSource.DescriptorImpl;
        }

        @Override
        public SCMFileSystem build(@NonNull Item owner, @NonNull SCM scm, @CheckForNull SCMRevision rev) {
            return null;
        }

        /**
         * A pull request is read at its head commit, also for a merge build: Gogs keeps no merge commit, so the
         * Jenkinsfile of a merge build is the pull request's own (a change to it on the target branch is seen once
         * the pull request is updated).
         */
        @Override
        public SCMFileSystem build(@NonNull SCMSource source, @NonNull SCMHead head, @CheckForNull SCMRevision rev)
                throws IOException, InterruptedException {
            GogsSCMSource gogs = (GogsSCMSource) source;
            SCMRevision revision = rev != null ? rev : gogs.fetch(head, null);
            String sha = commitOf(revision);
            if (sha == null) {
                return null;
            }
            // the scan's probe answers (kept by commit) say what the Jenkinsfile is without asking again
            return new GogsSCMFileSystem(
                    GogsHeadScanner.scanOf(gogs.connection()).files(sha), revision);
        }
    }
}
