package io.jenkins.plugins.gogs.steps;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.gogs.config.GogsClients;
import io.jenkins.plugins.gogs.config.GogsConfiguration;
import io.jenkins.plugins.gogs.config.GogsCredentialLookup;
import io.jenkins.plugins.gogs.config.GogsServer;
import io.jenkins.plugins.gogs.issues.GogsIssues;
import io.jenkins.plugins.gogs.issues.IssueException;
import io.jenkins.plugins.gogs.issues.TargetResolver;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Turns a step's {@code server}, {@code repository} and {@code credentialsId} (or what the job's Gogs branch source
 * and the configured servers say when they are left out; rules in {@link TargetResolver}) into the issues of one
 * repository, with credentials looked up for the run (its item, its authentication) and a shared client.
 */
@Restricted(NoExternalUse.class)
final class StepTargets {

    private StepTargets() {}

    static GogsIssues open(GogsRepositoryStep step, Run<?, ?> run, TaskListener listener, String functionName) {
        GogsConfiguration configuration = GogsConfiguration.get();
        TargetResolver<GogsServer> resolver =
                new TargetResolver<>(configuration::resolve, configuration::findServer, GogsServer::getCredentialsId);
        TargetResolver.Target<GogsServer> target = resolver.resolve(
                step.getServer(), step.getRepository(), step.getCredentialsId(), JobGogsSource.of(run.getParent()));
        GogsServer server = target.server();
        StandardCredentials credentials =
                GogsCredentialLookup.inRun(target.credentialsId(), run, server.getServerUrl());
        if (target.credentialsId() != null && credentials == null) {
            throw new IssueException(
                    Messages.StepTargets_NoSuchCredentials(target.credentialsId(), server.getServerUrl()));
        }
        listener.getLogger()
                .println(
                        target.credentialsId() == null
                                ? Messages.StepTargets_Target(functionName, target.repository(), server.getServerUrl())
                                : Messages.StepTargets_TargetWithCredentials(
                                        functionName,
                                        target.repository(),
                                        server.getServerUrl(),
                                        target.credentialsId()));
        return new GogsIssues(GogsClients.forServer(server, credentials), target.repository(), target.credentialsId());
    }
}
