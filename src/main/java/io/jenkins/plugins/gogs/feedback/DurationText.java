package io.jenkins.plugins.gogs.feedback;

import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** A build's duration in a few words: {@code 40 s}, {@code 1 min 3 s}, {@code 2 h 5 min}. */
@Restricted(NoExternalUse.class)
final class DurationText {

    private DurationText() {}

    static String of(long millis) {
        long seconds = Math.max(0, millis) / 1000;
        long minutes = seconds / 60;
        long hours = minutes / 60;
        if (hours > 0) {
            return Messages.Duration_HoursMinutes(hours, minutes % 60);
        }
        if (minutes > 0) {
            return Messages.Duration_MinutesSeconds(minutes, seconds % 60);
        }
        return Messages.Duration_Seconds(seconds);
    }
}
