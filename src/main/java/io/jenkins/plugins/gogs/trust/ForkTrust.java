package io.jenkins.plugins.gogs.trust;

import java.util.Optional;

/**
 * Decides whether a pull request from a fork is trusted. A trusted one builds its own Jenkinsfile; an untrusted one
 * builds its code with the target branch's Jenkinsfile, so that a stranger cannot change what runs on Jenkins.
 */
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
                return TrustDecision.trusted("every fork is trusted");
            case NOBODY:
                return TrustDecision.untrusted("no fork is trusted");
            default:
                break;
        }
        if (headOwner == null || headOwner.isBlank()) {
            return TrustDecision.untrusted("the fork's owner is not known");
        }
        if (headOwner.equalsIgnoreCase(repositoryOwner)) {
            return TrustDecision.trusted(headOwner + " owns the repository");
        }
        Optional<Boolean> collaborator = collaborators.isCollaborator(headOwner);
        if (collaborator.isEmpty()) {
            return TrustDecision.untrusted("the scan credentials may not list collaborators (needs admin rights on "
                    + "the repository), so " + headOwner + " is not known to be one");
        }
        return collaborator.get()
                ? TrustDecision.trusted(headOwner + " is a collaborator")
                : TrustDecision.untrusted(headOwner + " is not a collaborator");
    }
}
