package io.jenkins.plugins.gogs.webhook;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import hudson.model.Item;
import hudson.security.ACL;
import hudson.security.ACLContext;
import io.jenkins.plugins.gogs.client.GogsException;
import io.jenkins.plugins.gogs.client.HooksApi;
import io.jenkins.plugins.gogs.config.GogsClients;
import io.jenkins.plugins.gogs.config.GogsConfiguration;
import io.jenkins.plugins.gogs.config.GogsCredentialLookup;
import io.jenkins.plugins.gogs.config.GogsServer;
import io.jenkins.plugins.gogs.events.DesiredHook;
import io.jenkins.plugins.gogs.events.HookEvents;
import io.jenkins.plugins.gogs.events.HookLedger;
import io.jenkins.plugins.gogs.events.HookRegistrar;
import io.jenkins.plugins.gogs.events.HookRegistrationMode;
import io.jenkins.plugins.gogs.events.HookStatuses;
import io.jenkins.plugins.gogs.events.RegistrationDecision;
import io.jenkins.plugins.gogs.events.RegistrationSettings;
import io.jenkins.plugins.gogs.events.RepositoryUsage;
import io.jenkins.plugins.gogs.events.WebhookProblems;
import io.jenkins.plugins.gogs.scm.GogsSCMSource;
import io.jenkins.plugins.gogs.servers.RepositoryKey;
import io.jenkins.plugins.gogs.trigger.TriggerJobs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.JenkinsLocationConfiguration;
import jenkins.scm.api.SCMNavigatorOwner;
import jenkins.scm.api.SCMSource;
import jenkins.scm.api.SCMSourceOwner;
import jenkins.util.Timer;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Registers and removes the hooks of items' Gogs sources, and of the repositories that jobs with the push trigger
 * build from ({@link TriggerJobs}; always with the server's credentials, mode SYSTEM). Whether and how is decided by
 * the core ({@link RegistrationDecision}); the calls to Gogs run on Jenkins' timer threads, one repository at a time, so a
 * save never waits for Gogs and two items of one repository never race to create its hook. Outcomes go to the
 * system log and, when something needs fixing, to the {@link GogsWebhookMonitor}; each attempt's outcome also goes to
 * {@link #statuses()}, which scans report from ({@link WebhookScanLog}). Every hook carries the events that any
 * source of its repository asks for ({@link GogsHookEvents}), whichever item's save registers it: one hook serves them
 * all.
 */
@Restricted(NoExternalUse.class)
final class HookRegistrations {

    private static final Logger LOGGER = Logger.getLogger(HookRegistrations.class.getName());
    private static final ConcurrentMap<RepositoryKey, Object> LOCKS = new ConcurrentHashMap<>();
    private static final HookStatuses STATUSES = new HookStatuses();

    /** One Gogs source of an item, with what to do about its repository's hook. */
    private record SourceHook(Item item, GogsServer server, RegistrationDecision decision) {}

    private HookRegistrations() {}

    /** What the last registration attempt of each repository found. */
    static HookStatuses statuses() {
        return STATUSES;
    }

    /**
     * Makes sure the repositories of the item's Gogs sources (or of its push trigger) carry the plugin's hook. With
     * {@code force} false, a repository whose hook the plugin registered with the same URL and secret is left alone
     * (saves after scans, builds).
     */
    static void ensure(Item item, boolean force) {
        List<SourceHook> toRegister = new ArrayList<>();
        WebhookProblems problems = GogsWebhookMonitor.problems();
        for (SourceHook hook : sourceHooks(item)) {
            String subject = item.getFullName();
            String repo = hook.decision().repository().toString();
            if (hook.decision() instanceof RegistrationDecision.Register register) {
                toRegister.add(hook);
                if (STATUSES.knownHookId(register.repository(), register.hook().url())
                        .isEmpty()) {
                    // a hook known to be in place stays "registered" while it is checked again
                    STATUSES.record(
                            register.repository(),
                            new HookStatuses.Pending(subject, register.hook().url()));
                }
            } else if (hook.decision() instanceof RegistrationDecision.Refuse refuse) {
                problems.report(subject, repo, refuse.problem());
                LOGGER.log(Level.WARNING, "{0}: {1}", new Object[] {subject, refuse.problem()});
            } else if (hook.decision() instanceof RegistrationDecision.Skip skip) {
                problems.resolve(subject, repo);
                LOGGER.log(Level.FINE, "{0}: no hook registration: {1}", new Object[] {subject, skip.reason()});
            }
        }
        if (!toRegister.isEmpty()) {
            Timer.get().submit(() -> toRegister.forEach(hook -> register(hook, force)));
        }
    }

    /**
     * The item is gone: removes the hooks the plugin manages for its repositories, except where another item still
     * builds from the same repository (one hook serves them all).
     */
    static void release(Item item) {
        GogsWebhookMonitor.problems().resolveAll(item.getFullName());
        Map<RepositoryKey, SourceHook> managed = new LinkedHashMap<>();
        for (SourceHook hook : sourceHooks(item)) {
            if (hook.decision() instanceof RegistrationDecision.Register) {
                managed.putIfAbsent(hook.decision().repository(), hook);
            }
        }
        if (managed.isEmpty()) {
            return;
        }
        Set<RepositoryKey> unused = RepositoryUsage.unused(managed.keySet(), ManagedRepositoryCheck.collect(item));
        List<SourceHook> toRemove = new ArrayList<>();
        unused.forEach(repository -> toRemove.add(managed.get(repository)));
        if (!toRemove.isEmpty()) {
            Timer.get().submit(() -> toRemove.forEach(HookRegistrations::remove));
        }
    }

    private static void register(SourceHook hook, boolean force) {
        RegistrationDecision.Register register = (RegistrationDecision.Register) hook.decision();
        RepositoryKey repo = register.repository();
        String subject = hook.item().getFullName();
        WebhookProblems problems = GogsWebhookMonitor.problems();
        synchronized (LOCKS.computeIfAbsent(repo, key -> new Object())) {
            try {
                ServerSecrets.Resolved secret = ServerSecrets.of(hook.server());
                if (secret.problem() != null) {
                    String why = Messages.HookRegistrations_NotRegistered(secret.problem());
                    problems.report(subject, repo.toString(), why);
                    STATUSES.record(repo, new HookStatuses.Failed(subject, why));
                    return;
                }
                String url = register.hook().url();
                // looked up here, on the timer thread and only when registering: it walks every item
                DesiredHook desired = register.hook().withExtraEvents(GogsHookEvents.forRepository(repo));
                String recorded = recordedAs(desired);
                HookLedger ledger = HookLedgerStore.ledger();
                if (!force && ledger.isCurrent(repo, recorded, secret.secret())) {
                    STATUSES.record(
                            repo,
                            new HookStatuses.Registered(
                                    subject,
                                    url,
                                    STATUSES.knownHookId(repo, url).orElse(null)));
                    return;
                }
                Optional<HooksApi> hooks = hooksApi(hook, register);
                if (hooks.isEmpty()) {
                    STATUSES.record(repo, new HookStatuses.Failed(subject, missingCredentials(hook, register)));
                    return;
                }
                HookRegistrar.Report report = HookRegistrar.ensure(
                        hooks.get(), desired, secret.secret(), ledger.secretStatus(repo, secret.secret()));
                ledger.registered(repo, recorded, secret.secret());
                HookLedgerStore.save();
                STATUSES.record(repo, new HookStatuses.Registered(subject, url, report.hookId()));
                LOGGER.log(report.changed() ? Level.INFO : Level.FINE, "{0}: hook of {1}: {2}", new Object[] {
                    subject, repo, String.join("; ", report.steps())
                });
                if (register.warning().isPresent()) {
                    problems.report(subject, repo.toString(), register.warning().get());
                    LOGGER.log(Level.WARNING, "{0}: {1}", new Object[] {
                        subject, register.warning().get()
                    });
                } else {
                    problems.resolve(subject, repo.toString());
                }
            } catch (GogsException e) {
                String why = HookRegistrar.explain(e, repo, register.credentialsId());
                problems.report(subject, repo.toString(), why);
                STATUSES.record(repo, new HookStatuses.Failed(subject, why));
                LOGGER.log(Level.WARNING, subject + ": " + why, e);
            } catch (RuntimeException e) {
                String why = Messages.HookRegistrations_Failed(e.toString());
                problems.report(subject, repo.toString(), why);
                STATUSES.record(repo, new HookStatuses.Failed(subject, why));
                LOGGER.log(Level.WARNING, subject + ": registering the hook of " + repo + " failed", e);
            }
        }
    }

    private static void remove(SourceHook hook) {
        RegistrationDecision.Register register = (RegistrationDecision.Register) hook.decision();
        RepositoryKey repo = register.repository();
        String subject = hook.item().getFullName();
        synchronized (LOCKS.computeIfAbsent(repo, key -> new Object())) {
            try {
                Optional<HooksApi> hooks = hooksApi(hook, register);
                if (hooks.isEmpty()) {
                    return;
                }
                HookRegistrar.Report report =
                        HookRegistrar.remove(hooks.get(), register.hook().url());
                HookLedgerStore.ledger().forget(repo);
                HookLedgerStore.save();
                STATUSES.forget(repo);
                LOGGER.log(
                        report.changed() ? Level.INFO : Level.FINE, "{0} was deleted; hook of {1}: {2}", new Object[] {
                            subject, repo, report.changed() ? String.join("; ", report.steps()) : "none left"
                        });
            } catch (GogsException e) {
                String why = HookRegistrar.explain(e, repo, register.credentialsId());
                GogsWebhookMonitor.problems()
                        .report(
                                Messages.HookRegistrations_Deleted(subject),
                                repo.toString(),
                                Messages.HookRegistrations_RemoveByHand(
                                        why, register.hook().url()));
                LOGGER.log(Level.WARNING, subject + " was deleted, its hook stays: " + why, e);
            } catch (RuntimeException e) {
                LOGGER.log(Level.WARNING, subject + " was deleted; removing the hook of " + repo + " failed", e);
            }
        }
    }

    /**
     * What the ledger remembers of a hook: its URL, and the events beyond the usual ones, so that a hook whose events
     * must change (a project started or stopped taking rebuild requests) counts as not current.
     */
    private static String recordedAs(DesiredHook hook) {
        Set<String> extra = new TreeSet<>(hook.events());
        extra.removeAll(HookEvents.FOR_JENKINS);
        return extra.isEmpty() ? hook.url() : hook.url() + " +" + String.join(",", extra);
    }

    /** The hooks API of the repository with the decision's credentials, or empty (and a problem) without them. */
    private static Optional<HooksApi> hooksApi(SourceHook hook, RegistrationDecision.Register register) {
        RepositoryKey repo = register.repository();
        String serverUrl = hook.server().getServerUrl();
        StandardCredentials credentials = register.itemCredentials()
                ? GogsCredentialLookup.inItem(register.credentialsId(), hook.item(), serverUrl)
                : GogsCredentialLookup.inJenkins(register.credentialsId(), serverUrl);
        if (credentials == null) {
            GogsWebhookMonitor.problems()
                    .report(hook.item().getFullName(), repo.toString(), missingCredentials(hook, register));
            return Optional.empty();
        }
        return Optional.of(GogsClients.forServer(hook.server(), credentials)
                .repo(repo.owner(), repo.name())
                .hooks());
    }

    private static String missingCredentials(SourceHook hook, RegistrationDecision.Register register) {
        String repository = register.repository().fullName();
        return register.itemCredentials()
                ? Messages.HookRegistrations_ItemCredentialsMissing(register.credentialsId(), repository)
                : Messages.HookRegistrations_CredentialsMissing(register.credentialsId(), repository);
    }

    /**
     * What to do for each Gogs source of the item (none for organization folders: their projects have their own),
     * or for each repository its push trigger builds from.
     */
    private static List<SourceHook> sourceHooks(Item item) {
        List<SourceHook> hooks = new ArrayList<>();
        if (item instanceof SCMNavigatorOwner) {
            return hooks;
        }
        if (!(item instanceof SCMSourceOwner owner)) {
            try (ACLContext system = ACL.as2(ACL.SYSTEM2)) { // a pipeline's last build, whoever saves
                TriggerJobs.repositoriesOf(item).forEach(repo -> hooks.add(triggerHook(item, repo)));
            }
            return hooks;
        }
        for (SCMSource source : owner.getSCMSources()) {
            if (source instanceof GogsSCMSource gogs) {
                settingsOf(gogs).ifPresent(settings -> hooks.add(hookOf(item, settings)));
            }
        }
        return hooks;
    }

    /** A repository of a job's push trigger: registered like a source's in mode SYSTEM. */
    private static SourceHook triggerHook(Item item, RepositoryKey repo) {
        return hookOf(item, settings(repo, HookRegistrationMode.SYSTEM, null));
    }

    private static SourceHook hookOf(Item item, RegistrationSettings settings) {
        Optional<GogsServer> server =
                GogsConfiguration.get().findServer(settings.repository().serverUrl());
        return new SourceHook(item, server.orElse(null), RegistrationDecision.of(settings));
    }

    /** What decides the hook of the source's repository now; empty while the source is incomplete. */
    static Optional<RegistrationSettings> settingsOf(GogsSCMSource gogs) {
        return repositoryOf(gogs)
                .map(repo -> settings(
                        repo,
                        HookRegistrationMode.valueOf(gogs.webhookRegistration().name()),
                        gogs.getCredentialsId()));
    }

    /** The settings of a hook of {@code repo} with the server configured at its URL, if any, and the Jenkins URL. */
    private static RegistrationSettings settings(
            RepositoryKey repo, HookRegistrationMode mode, String itemCredentialsId) {
        Optional<GogsServer> server = GogsConfiguration.get().findServer(repo.serverUrl());
        return new RegistrationSettings(
                repo,
                mode,
                server.isPresent(),
                server.map(GogsServer::isManageHooks).orElse(false),
                server.map(GogsServer::getCredentialsId).orElse(null),
                itemCredentialsId,
                JenkinsLocationConfiguration.get().getUrl());
    }

    /** The source's repository, on its configured server's canonical URL; empty while the source is incomplete. */
    static Optional<RepositoryKey> repositoryOf(GogsSCMSource source) {
        if (source.getServerUrl() == null || source.getRepoOwner() == null || source.getRepository() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RepositoryKey(
                    ConfiguredServers.canonicalUrl(source.getServerUrl()),
                    source.getRepoOwner(),
                    source.getRepository()));
        } catch (IllegalArgumentException invalid) {
            return Optional.empty(); // the source's form checks tell the user
        }
    }
}
