package io.jenkins.plugins.gogs.issues;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The {@code since} filter's text: an ISO date ({@code 2026-01-31}, the start of that day in UTC) or an ISO date-time
 * with an offset ({@code 2026-01-31T10:15:00+02:00}, {@code 2026-01-31T08:15:00Z}, fractions allowed). A date-time
 * without an offset is refused rather than guessed: the controller's time zone is rarely the author's.
 */
@Restricted(NoExternalUse.class)
final class Since {

    private Since() {}

    static Instant parse(String text) {
        String value = text.strip();
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            if (isLocalDateTime(value)) {
                throw new IllegalArgumentException(Messages.Since_NoTimeZone(text));
            }
            throw new IllegalArgumentException(Messages.Since_BadFormat(text));
        }
    }

    private static boolean isLocalDateTime(String value) {
        try {
            LocalDateTime.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
