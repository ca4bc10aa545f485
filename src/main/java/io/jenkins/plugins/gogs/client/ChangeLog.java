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
     *
     * @param newItemsToo whether new items must be looked for too (to prove pages; not to learn which items left
     *                    or entered a listing)
     */
    Evidence check(long since, boolean newItemsToo);

    /**
     * @param latestChange the newest stamp of a change found, or {@link Long#MIN_VALUE} when none
     * @param changed      the items whose membership changed (for issues: their numbers), as far as the log names them
     * @param entries      what identifies the changes found (for issues: the comment ids)
     * @param count        a count that every new item raises (for issues: the repository's open issues, which closing
     *                     and reopening change as well, but those are entries), or -1 where new items do not enter
     * @param cut          the last read sequence that completed before the log was read
     */
    record Evidence(long latestChange, Set<Long> changed, Set<Long> entries, long count, long cut) {

        /**
         * Whether nothing entered or left the listings between that earlier look and this one: no entry that the
         * earlier look did not have, and the same count. Then every read made after the earlier look ended and before
         * this one began saw one state of the listings.
         */
        boolean quietSince(Evidence earlier) {
            return earlier.entries().containsAll(entries) && count == earlier.count();
        }
    }
}
