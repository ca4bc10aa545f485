package io.jenkins.plugins.gogs.discovery;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.gogs.servers.RepositoryKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Keeps {@link KnownPullRequests} in a JSON file of their own, so that what Gogs said about pull requests survives a
 * restart. The file is read once, when it is opened. A change never writes on the thread that made it (the one
 * answering a webhook delivery, say): it schedules one write on the scheduler given, after {@code delay}, and every
 * change until that write runs is written with it; {@link #flush} writes at once (at shutdown). A write replaces the
 * file atomically. A file that cannot be read is logged and replaced at the next write: the facts are then learned
 * again from the next deliveries, and scans guess meanwhile.
 */
@Restricted(NoExternalUse.class)
public final class KnownPullRequestsFile {

    private static final Logger LOGGER = Logger.getLogger(KnownPullRequestsFile.class.getName());
    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    static final int FORMAT = 1;

    /** The file's content. */
    record Stored(int format, List<StoredEntry> pullRequests) {}

    /**
     * One pull request in the file; owner and repository as {@link RepositoryKey} keeps them (as spelled; files of
     * earlier versions have them in lower case, which names the same repository).
     */
    record StoredEntry(
            String server,
            String owner,
            String repository,
            long number,
            String baseBranch,
            String headBranch,
            String headOwner,
            String headRepository,
            boolean fromFork,
            String author) {}

    private final Path file;
    private final KnownPullRequests known;
    private final ScheduledExecutorService scheduler;
    private final Duration delay;
    private final AtomicBoolean writeScheduled = new AtomicBoolean();
    private final AtomicLong changes = new AtomicLong();
    private final Object writing = new Object();
    private long written; // the changes counted at the last write; guarded by writing

    private KnownPullRequestsFile(
            Path file, KnownPullRequests known, ScheduledExecutorService scheduler, Duration delay) {
        this.file = file;
        this.known = known;
        this.scheduler = scheduler;
        this.delay = delay;
    }

    /**
     * Reads the file (none yet: nothing is known) into a store of at most {@code maxEntries} pull requests, whose
     * changes are written back on {@code scheduler} {@code delay} after the first change not yet written.
     */
    public static KnownPullRequestsFile open(
            Path file, int maxEntries, ScheduledExecutorService scheduler, Duration delay) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(scheduler, "scheduler");
        if (delay == null || delay.isNegative()) {
            throw new IllegalArgumentException("The write delay must not be negative");
        }
        KnownPullRequests known = new KnownPullRequests(maxEntries);
        known.restore(read(file));
        KnownPullRequestsFile store = new KnownPullRequestsFile(file, known, scheduler, delay);
        known.onChange(store::changed);
        return store;
    }

    /** The store; its changes are written to the file. */
    public KnownPullRequests pullRequests() {
        return known;
    }

    public Path file() {
        return file;
    }

    /** Writes now whatever changed since the last write; nothing when nothing did. */
    public void flush() throws IOException {
        synchronized (writing) {
            long counted = changes.get();
            if (counted == written) {
                return;
            }
            write(known.entries());
            written = counted;
        }
    }

    private void changed() {
        changes.incrementAndGet();
        if (writeScheduled.compareAndSet(false, true)) {
            try {
                scheduler.schedule(this::scheduledWrite, delay.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException shuttingDown) {
                writeScheduled.set(false);
                LOGGER.log(Level.FINE, "Not writing " + file + " now: the scheduler is shut down", shuttingDown);
            }
        }
    }

    private void scheduledWrite() {
        writeScheduled.set(false); // changes from now on schedule another write
        try {
            flush();
        } catch (IOException | RuntimeException e) {
            LOGGER.log(Level.WARNING, "Could not write what Gogs said about pull requests to " + file, e);
        }
    }

    private void write(List<KnownPullRequests.Entry> entries) throws IOException {
        List<StoredEntry> stored = new ArrayList<>(entries.size());
        for (KnownPullRequests.Entry e : entries) {
            PullRequestFacts f = e.facts();
            RepositoryKey r = e.repository();
            stored.add(new StoredEntry(
                    r.serverUrl(),
                    r.owner(),
                    r.name(),
                    e.number(),
                    f.baseBranch(),
                    f.headBranch(),
                    f.headOwner(),
                    f.headRepository(),
                    f.fromFork(),
                    f.author()));
        }
        Path directory = file.toAbsolutePath().getParent();
        Path name = file.getFileName();
        if (directory == null || name == null) {
            throw new IOException("No directory to write " + file + " in");
        }
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, name.toString(), ".tmp");
        try {
            JSON.writeValue(temporary.toFile(), new Stored(FORMAT, stored));
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The entries of the file, oldest use first; none when there is no file or it cannot be read. */
    static List<KnownPullRequests.Entry> read(Path file) {
        Stored stored;
        try {
            stored = JSON.readValue(Files.readAllBytes(file), Stored.class);
        } catch (NoSuchFileException none) {
            return List.of();
        } catch (IOException | RuntimeException e) {
            LOGGER.log(Level.WARNING, "Could not read " + file + "; pull request targets are learned again", e);
            return List.of();
        }
        if (stored == null || stored.format() != FORMAT || stored.pullRequests() == null) {
            LOGGER.warning(
                    () -> file + " is not in a format this version knows; pull request targets are learned again");
            return List.of();
        }
        List<KnownPullRequests.Entry> entries = new ArrayList<>();
        for (StoredEntry s : stored.pullRequests()) {
            try {
                entries.add(new KnownPullRequests.Entry(
                        new RepositoryKey(s.server(), s.owner(), s.repository()),
                        s.number(),
                        new PullRequestFacts(
                                s.baseBranch(),
                                s.headBranch(),
                                s.headOwner(),
                                s.headRepository(),
                                s.fromFork(),
                                s.author())));
            } catch (RuntimeException invalid) {
                LOGGER.log(Level.WARNING, "Skipped an invalid entry of " + file, invalid);
            }
        }
        return entries;
    }

    @Override
    public String toString() {
        return known + " in " + file;
    }
}
