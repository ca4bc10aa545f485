package io.jenkins.plugins.gogs.events;

import io.jenkins.plugins.gogs.servers.RepositoryKey;
import java.util.Objects;
import java.util.Optional;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * What a delivery refused for its signature changes: for a repository the plugin manages (an entry of the hook
 * ledger, or {@link ManagedRepositories}), its hook is marked stale, so that the next registration replaces it with
 * the current secret, and the admin monitor says so; the ledger is saved only when that changed it. For any other
 * repository nothing happens: a forged delivery naming an invented repository costs no entry, no write and no line
 * in the monitor, and the answer is the same. Thread-safe when its parts are.
 */
@Restricted(NoExternalUse.class)
public final class SignatureRefusals {

    private final HookLedger ledger;
    private final WebhookProblems problems;
    private final ManagedRepositories managed;
    private final Runnable saveLedger;

    /**
     * @param saveLedger stores the ledger; run only when a refusal changed it, at most once per managed repository
     *     between two registrations of its hook
     */
    public SignatureRefusals(
            HookLedger ledger, WebhookProblems problems, ManagedRepositories managed, Runnable saveLedger) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.problems = Objects.requireNonNull(problems, "problems");
        this.managed = Objects.requireNonNull(managed, "managed");
        this.saveLedger = Objects.requireNonNull(saveLedger, "saveLedger");
    }

    /**
     * Acts on the receiver's outcome when it refused a signature.
     *
     * @param servers the configured servers, for the canonical URL of the repository's server
     * @return the repository whose hook is now stale, empty when the outcome changes nothing
     */
    public Optional<RepositoryKey> after(DeliveryOutcome outcome, ServerLookup servers) {
        if (!(outcome instanceof DeliveryOutcome.Rejected rejected)
                || rejected.repository() == null
                || (rejected.reason() != RejectionReason.BAD_SIGNATURE
                        && rejected.reason() != RejectionReason.UNSIGNED)) {
            return Optional.empty();
        }
        // on the configured server's canonical URL, also for a delivery that shows its alias URL
        Optional<RepositoryKey> key = servers.serverOf(rejected.repository())
                .flatMap(server -> rejected.repository().keyOn(server.url()));
        if (key.isEmpty() || !(ledger.knows(key.get()) || managed.manages(key.get()))) {
            return Optional.empty();
        }
        if (ledger.markStale(key.get())) {
            saveLedger.run();
        }
        problems.report(subject(), key.get().toString(), Messages.SignatureRefusals_Problem(rejected.message()));
        return key;
    }

    /** The subject of the problems refused deliveries show in the admin monitor. */
    public static String subject() {
        return Messages.SignatureRefusals_Subject();
    }
}
