package io.jenkins.plugins.gogs.events;

import io.jenkins.plugins.gogs.servers.RepositoryKey;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * What the plugin remembers of the hooks it registered, per repository: the URL and a fingerprint of the secret.
 * Gogs never shows a hook's secret, so this is how the plugin knows that the server's secret changed since, and
 * that the hook must be replaced ({@link SecretStatus#CHANGED}). A repository whose deliveries were refused for a
 * wrong or missing signature is marked stale, with the same effect at its next registration.
 *
 * <p>The fingerprint is an HMAC of the secret keyed with a random salt of this ledger, so equal secrets of two
 * Jenkins instances do not look alike. Thread-safe. Its fields are plain so that it can be stored as XML.
 */
@Restricted(NoExternalUse.class)
public final class HookLedger {

    private static final SecureRandom RANDOM = new SecureRandom();

    private static final String STALE = "stale";

    private String salt;
    /** Repository (see {@link #key}) to {@code <fingerprint> <url>}, or {@value #STALE}. */
    private Map<String, String> hooks = new HashMap<>();

    public HookLedger() {}

    /** A snapshot's copy. */
    private HookLedger(String salt, Map<String, String> hooks) {
        this.salt = salt;
        this.hooks = hooks;
    }

    /**
     * Whether the hooks at the plugin's URL can be assumed to carry {@code secret}. A repository the ledger does
     * not know (registered before the ledger existed, or by hand) is assumed current: should its secret differ,
     * its deliveries are refused, which marks it stale.
     */
    public synchronized SecretStatus secretStatus(RepositoryKey repository, String secret) {
        String entry = entries().get(key(repository));
        if (entry == null) {
            return SecretStatus.UNCHANGED;
        }
        return entry.startsWith(fingerprint(secret) + " ") ? SecretStatus.UNCHANGED : SecretStatus.CHANGED;
    }

    /** True when the plugin registered the hook at {@code endpointUrl} with {@code secret} and nothing went wrong since. */
    public synchronized boolean isCurrent(RepositoryKey repository, String endpointUrl, String secret) {
        return (fingerprint(secret) + " " + endpointUrl).equals(entries().get(key(repository)));
    }

    /**
     * True when the plugin registered the repository's hook at one of the former URLs of {@code desired} (an earlier
     * version's receiving URL), so that registering it again would move it: the next scan does so, not only the next
     * save.
     */
    public synchronized boolean isAtFormerUrl(RepositoryKey repository, DesiredHook desired) {
        String entry = entries().get(key(repository));
        if (entry == null || entry.equals(STALE)) {
            return false;
        }
        String url = entry.substring(entry.indexOf(' ') + 1);
        return desired.formerUrls().contains(url);
    }

    /** The hook of the repository now is at {@code endpointUrl} with {@code secret}. */
    public synchronized void registered(RepositoryKey repository, String endpointUrl, String secret) {
        entries().put(key(repository), fingerprint(secret) + " " + endpointUrl);
    }

    /**
     * Deliveries from the repository were refused for their signature: its hook has another secret, or none.
     *
     * @return true when this changed the ledger (false when it was stale already), i.e. when it needs saving
     */
    public synchronized boolean markStale(RepositoryKey repository) {
        return !STALE.equals(entries().put(key(repository), STALE));
    }

    /** True when the ledger has an entry for the repository: the plugin registered its hook, or marked it stale. */
    public synchronized boolean knows(RepositoryKey repository) {
        return entries().containsKey(key(repository));
    }

    /**
     * A copy to store, taken under this ledger's lock: writing the ledger itself would walk its map while timer
     * threads change it.
     */
    public synchronized HookLedger snapshot() {
        return new HookLedger(salt, new HashMap<>(entries()));
    }

    /** The plugin removed the repository's hook. */
    public synchronized void forget(RepositoryKey repository) {
        entries().remove(key(repository));
    }

    public synchronized int size() {
        return entries().size();
    }

    private Map<String, String> entries() {
        if (hooks == null) { // read from XML without the field
            hooks = new HashMap<>();
        }
        return hooks;
    }

    /**
     * An entry's key as {@code HookLedger.xml} stores it: {@code <server URL> <owner/name in lower case>}. Ledgers
     * written by earlier versions use the same form, so changing it would forget their hooks.
     */
    private static String key(RepositoryKey repository) {
        return repository.serverUrl() + " " + repository.fullName().toLowerCase(Locale.ROOT);
    }

    private String fingerprint(String secret) {
        if (salt == null) {
            byte[] random = new byte[16];
            RANDOM.nextBytes(random);
            salt = HexFormat.of().formatHex(random);
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(salt.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            byte[] text = (secret == null ? "" : secret).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(mac.doFinal(text), 0, 16);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
