package io.jenkins.plugins.gogs.discovery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test moves forward itself. */
final class MutableClock extends Clock {

    private volatile Instant now = Instant.parse("2024-05-01T10:00:00Z");

    void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("not needed by the tests");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
