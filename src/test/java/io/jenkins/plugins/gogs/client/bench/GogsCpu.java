package io.jenkins.plugins.gogs.client.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * CPU time used so far by the Gogs process the fixture started (a child of this JVM), read from Linux' /proc; -1
 * where that is not available. Tells whether a listing was bound by the server's CPU.
 */
final class GogsCpu {

    private static final long MILLIS_PER_TICK = 10; // USER_HZ is 100 on Linux

    private final Optional<Path> stat = ProcessHandle.current()
            .descendants()
            .filter(p -> p.info().command().map(c -> c.endsWith("/gogs")).orElse(false))
            .findFirst()
            .map(p -> Path.of("/proc", Long.toString(p.pid()), "stat"))
            .filter(Files::isReadable);

    long millis() {
        if (stat.isEmpty()) {
            return -1;
        }
        try {
            String text = Files.readString(stat.get());
            String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * MILLIS_PER_TICK; // utime + stime
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
