package io.jenkins.plugins.gogs.trust;

import java.util.Optional;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Decides whether a pull request from a fork is trusted. A trusted one builds its own Jenkinsfile; an untrusted one
 * builds its code with the target branch's Jenkinsfile, so that a stranger cannot change what runs on Jenkins.
 */
@Restricted(NoExternalUse.class)
public final class ForkTrust {

    private ForkTrust() {}

    /**
     * @param repositoryOwner the owner of the repository the pull request targets
     * @param headOwner the owner of the fork, null when Gogs has not told us (no webhook seen yet)
     * @param collaborators asked only under {@link ForkTrustPolicy#COLLABORATORS}
     */
    public static TrustDecision decide(
            ForkTrustPolicy policy, String repositoryOwner, String headOwner, CollaboratorCheck collaborators) {
        switch (policy) {
            case EVERYONE:
                return TrustDecision.trusted(Messages.ForkTrust_EveryoneTrusted());
            case NOBODY:
                return TrustDecision.untrusted(Messages.ForkTrust_NobodyTrusted());
            default:
                break;
        }
        if (headOwner == null || headOwner.isBlank()) {
            return TrustDecision.untrusted(Messages.ForkTrust_OwnerUnknown());
        }
        if (headOwner.equalsIgnoreCase(repositoryOwner)) {
            return TrustDecision.trusted(Messages.ForkTrust_Owner(headOwner));
        }
        Optional<Boolean> collaborator = collaborators.isCollaborator(headOwner);
        if (collaborator.isEmpty()) {
            return TrustDecision.untrusted(Messages.ForkTrust_CollaboratorsUnlisted(headOwner));
        }
        return collaborator.get()
                ? TrustDecision.trusted(Messages.ForkTrust_Collaborator(headOwner))
                : TrustDecision.untrusted(Messages.ForkTrust_NotCollaborator(headOwner));
    }
}
