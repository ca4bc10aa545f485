package io.jenkins.plugins.gogs.scm;

import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.gogs.client.GogsException;
import io.jenkins.plugins.gogs.discovery.PathKind;
import io.jenkins.plugins.gogs.discovery.ProbePlan;
import io.jenkins.plugins.gogs.files.RevisionFiles;
import java.io.IOException;
import jenkins.scm.api.SCMFile;
import jenkins.scm.api.SCMProbe;
import jenkins.scm.api.SCMProbeStat;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Answers "is there a Jenkinsfile?" for one head at one commit. Answers come from the shared probe cache, so a
 * commit shared by several branches, or unchanged since the last scan, is asked about once.
 */
@Restricted(NoExternalUse.class)
class GogsSCMProbe extends SCMProbe {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final String sha;
    private final transient ProbePlan probes;
    private final transient RevisionFiles files;

    GogsSCMProbe(@NonNull String name, @NonNull String sha, @NonNull ProbePlan probes, @NonNull RevisionFiles files) {
        this.name = name;
        this.sha = sha;
        this.probes = probes;
        this.files = files;
    }

    @Override
    public String name() {
        return name;
    }

    /** The commit's time; costs a request the first time it is asked (criteria rarely do). */
    @Override
    public long lastModified() {
        try {
            return files.commitTime().toEpochMilli();
        } catch (GogsException | IllegalStateException e) {
            return 0L;
        }
    }

    @NonNull
    @Override
    public SCMProbeStat stat(@NonNull String path) throws IOException {
        PathKind kind = GogsSCMFile.call(() -> probes.stat(sha, path));
        return SCMProbeStat.fromType(GogsSCMFile.typeOf(kind));
    }

    /** The files at the commit, for criteria that read more than whether a path exists. */
    @Override
    public SCMFile getRoot() {
        return new GogsSCMFile(files);
    }

    @Override
    public void close() {
        // the client is shared; nothing to release
    }
}
