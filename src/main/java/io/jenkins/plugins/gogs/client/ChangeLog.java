package io.jenkins.plugins.gogs.client;

import java.util.Set;

/**
 * What a listing's own server log says about changes: whether anything entered or left the listings since a moment.
 * With it, pages read between two changes count as one state of the listing, which proves pages that touch without
 * overlapping (the only way to prove a listing while Gogs is quiet, since pages of a fixed size never overlap then).
 */
interface ChangeLog {

    /**
     * Reads the log for changes stamped at or after {@code since} (epoch seconds, server clock). Reads with a
     * sequence up to {@link Evidence#cut()} completed before the log was read.
     */
    Evidence check(long since);

    /**
     * @param latestChange the newest stamp of a change found, or {@link Long#MIN_VALUE} when none
     * @param changed      the items whose membership changed (for issues: their numbers), as far as the log names them
     * @param cut          the last read sequence that completed before the log was read
     */
    record Evidence(long latestChange, Set<Long> changed, long cut) {}
}
