package io.jenkins.plugins.gogs.scm;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import jenkins.scm.api.trait.SCMSourceBuilder;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** Builds the {@link GogsSCMSource} of one repository an organization folder found. */
@Restricted(NoExternalUse.class)
public class GogsSCMSourceBuilder extends SCMSourceBuilder<GogsSCMSourceBuilder, GogsSCMSource> {

    private final String id;
    private final String serverUrl;
    private final String credentialsId;
    private final String repoOwner;

    public GogsSCMSourceBuilder(
            @CheckForNull String id,
            @NonNull String serverUrl,
            @CheckForNull String credentialsId,
            @NonNull String repoOwner,
            @NonNull String repository) {
        super(GogsSCMSource.class, repository);
        this.id = id;
        this.serverUrl = serverUrl;
        this.credentialsId = credentialsId;
        this.repoOwner = repoOwner;
    }

    @NonNull
    @Override
    public GogsSCMSource build() {
        GogsSCMSource source = new GogsSCMSource(serverUrl, repoOwner, projectName());
        if (id != null) {
            source.setId(id);
        }
        source.setCredentialsId(credentialsId);
        source.setTraits(traits());
        return source;
    }
}
