package io.jenkins.plugins.gogs.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one or two lines a scan (branch indexing, organization folder scan) writes about a repository's webhook, so
 * that whoever reads the scan's log learns whether pushes reach Jenkins and, if not, what to do. They combine what
 * registration decides from the configuration now ({@link RegistrationDecision}, no call to Gogs) with what the
 * last registration attempt found ({@link HookStatuses}); a scan never asks Gogs about hooks. Problems use the
 * sentences of the admin monitor. Nothing known yet (no attempt since Jenkins started) is said as such, with the
 * way to register the hook, rather than left out: silence would read as "all is well".
 */
public final class WebhookScanLines {

    private static final String SAVE = "save this project (or its organization folder)";
    private static final String AFTER_FIX = "After fixing it, " + SAVE + " to register the hook.";
    private static final String NO_HOOK =
            "Changes reach Jenkins only through scans, or through a hook added in Gogs" + " by hand";
    /** {@code scheme://user:password@}: a URL's user info may hold a password, and logs are widely readable. */
    private static final Pattern USER_INFO = Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)[^/\\s@]*@");

    private WebhookScanLines() {}

    /** The lines for the repository of {@code settings}, given what the last attempt for it found, if any. */
    public static List<String> forScan(RegistrationSettings settings, Optional<HookStatuses.Status> lastAttempt) {
        RegistrationDecision decision = RegistrationDecision.of(settings);
        String head = "Webhook of " + settings.repository().fullName() + ": ";
        List<String> lines = new ArrayList<>();
        if (decision instanceof RegistrationDecision.Skip) {
            lines.add(head + notManaged(settings));
            if (lastAttempt.orElse(null) instanceof HookStatuses.Registered earlier) {
                lines.add("Gogs still has " + hook(earlier) + ", which Jenkins registered earlier; delete it in Gogs"
                        + " if it is not wanted.");
            }
        } else if (decision instanceof RegistrationDecision.Refuse refuse) {
            lines.add(head + "not registered. " + sentence(refuse.problem()) + " " + AFTER_FIX);
        } else if (decision instanceof RegistrationDecision.Register register) {
            lines.add(head + attempted(register.hook().url(), lastAttempt));
            register.warning().ifPresent(warning -> lines.add("Webhook warning: " + warning));
        }
        return lines.stream().map(WebhookScanLines::withoutUserInfo).toList();
    }

    private static String notManaged(RegistrationSettings settings) {
        if (settings.mode() == HookRegistrationMode.DISABLE) {
            return "not managed by Jenkins, since webhook registration is disabled (mode DISABLE) for this project. "
                    + NO_HOOK + ". To have Jenkins register it, set the 'Webhook registration' trait to SYSTEM or ITEM"
                    + " (or remove the trait), then " + SAVE + ".";
        }
        return "not managed by Jenkins, since the Gogs server "
                + settings.repository().serverUrl() + " has 'Manage"
                + " hooks' off. " + NO_HOOK + ". To have Jenkins register it, turn 'Manage hooks' on in Manage Jenkins"
                + " » System » Gogs servers, then " + SAVE + ".";
    }

    private static String attempted(String url, Optional<HookStatuses.Status> lastAttempt) {
        HookStatuses.Status status = lastAttempt.orElse(null);
        if (status instanceof HookStatuses.Registered registered) {
            if (registered.url().equals(url)) {
                return "registered in Gogs: " + hook(registered) + ".";
            }
            return "Gogs has " + hook(registered) + ", but the current Jenkins URL needs one at " + url + ". "
                    + capitalized(SAVE) + " to register it, and delete the old hook in Gogs.";
        }
        if (status instanceof HookStatuses.Pending pending) {
            return "being registered at " + pending.url() + " in the background (after " + pending.subject()
                    + " was saved); the next scan tells the outcome.";
        }
        if (status instanceof HookStatuses.Failed failed) {
            return "not registered. " + sentence(failed.problem()) + " " + AFTER_FIX;
        }
        return "not checked since Jenkins started; to register it at " + url + ", " + SAVE + ".";
    }

    private static String hook(HookStatuses.Registered registered) {
        return registered.hookId() == null
                ? "a hook at " + registered.url()
                        + " (by the plugin's records; its id is not known since Jenkins started)"
                : "hook " + registered.hookId() + " at " + registered.url();
    }

    private static String sentence(String text) {
        String trimmed = text.strip();
        return trimmed.endsWith(".") ? trimmed : trimmed + ".";
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Replaces the user info of every URL in {@code text} with {@code ****}. */
    static String withoutUserInfo(String text) {
        return USER_INFO.matcher(text).replaceAll("$1****@");
    }
}
