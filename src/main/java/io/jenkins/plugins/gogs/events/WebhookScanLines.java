package io.jenkins.plugins.gogs.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The one or two lines a scan (branch indexing, organization folder scan) writes about a repository's webhook, so
 * that whoever reads the scan's log learns whether pushes reach Jenkins and, if not, what to do. They combine what
 * registration decides from the configuration now ({@link RegistrationDecision}, no call to Gogs) with what the
 * last registration attempt found ({@link HookStatuses}); a scan never asks Gogs about hooks. Problems use the
 * sentences of the admin monitor. Nothing known yet (no attempt since Jenkins started) is said as such, with the
 * way to register the hook, rather than left out: silence would read as "all is well".
 */
@Restricted(NoExternalUse.class)
public final class WebhookScanLines {

    /** {@code scheme://user:password@}: a URL's user info may hold a password, and logs are widely readable. */
    private static final Pattern USER_INFO = Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)[^/\\s@]*@");

    private WebhookScanLines() {}

    /** The lines for the repository of {@code settings}, given what the last attempt for it found, if any. */
    public static List<String> forScan(RegistrationSettings settings, Optional<HookStatuses.Status> lastAttempt) {
        RegistrationDecision decision = RegistrationDecision.of(settings);
        String repository = settings.repository().fullName();
        List<String> lines = new ArrayList<>();
        if (decision instanceof RegistrationDecision.Skip) {
            lines.add(notManaged(settings));
            if (lastAttempt.orElse(null) instanceof HookStatuses.Registered earlier) {
                lines.add(Messages.WebhookScanLines_StillThere(hook(earlier)));
            }
        } else if (decision instanceof RegistrationDecision.Refuse refuse) {
            lines.add(Messages.WebhookScanLines_NotRegistered(repository, sentence(refuse.problem())));
        } else if (decision instanceof RegistrationDecision.Register register) {
            lines.add(attempted(repository, register.hook().url(), lastAttempt));
            register.warning().ifPresent(warning -> lines.add(Messages.WebhookScanLines_Warning(warning)));
        }
        return lines.stream().map(WebhookScanLines::withoutUserInfo).toList();
    }

    private static String notManaged(RegistrationSettings settings) {
        String repository = settings.repository().fullName();
        if (settings.mode() == HookRegistrationMode.DISABLE) {
            return Messages.WebhookScanLines_Disabled(repository);
        }
        return Messages.WebhookScanLines_NotManaged(
                repository, settings.repository().serverUrl());
    }

    private static String attempted(String repository, String url, Optional<HookStatuses.Status> lastAttempt) {
        HookStatuses.Status status = lastAttempt.orElse(null);
        if (status instanceof HookStatuses.Registered registered) {
            if (registered.url().equals(url)) {
                return Messages.WebhookScanLines_Registered(repository, hook(registered));
            }
            return Messages.WebhookScanLines_ElsewhereRegistered(repository, hook(registered), url);
        }
        if (status instanceof HookStatuses.Pending pending) {
            return Messages.WebhookScanLines_Pending(repository, pending.url(), pending.subject());
        }
        if (status instanceof HookStatuses.Failed failed) {
            return Messages.WebhookScanLines_NotRegistered(repository, sentence(failed.problem()));
        }
        return Messages.WebhookScanLines_NotChecked(repository, url);
    }

    private static String hook(HookStatuses.Registered registered) {
        return registered.hookId() == null
                ? Messages.WebhookScanLines_HookByRecords(registered.url())
                : Messages.WebhookScanLines_HookById(String.valueOf(registered.hookId()), registered.url());
    }

    private static String sentence(String text) {
        String trimmed = text.strip();
        return trimmed.endsWith(".") ? trimmed : trimmed + ".";
    }

    /** Replaces the user info of every URL in {@code text} with {@code ****}. */
    static String withoutUserInfo(String text) {
        return USER_INFO.matcher(text).replaceAll("$1****@");
    }
}
