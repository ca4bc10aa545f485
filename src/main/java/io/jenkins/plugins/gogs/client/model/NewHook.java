package io.jenkins.plugins.gogs.client.model;

import java.util.List;

/**
 * A webhook to register (type "gogs"). {@code contentType} is "json" or "form"; {@code secret} keys the
 * {@code X-Gogs-Signature} HMAC and cannot be changed later; {@code events} e.g. push, create, delete,
 * pull_request, issues, issue_comment, release. The secret is never part of {@link #toString()}.
 */
public record NewHook(String url, String contentType, String secret, List<String> events, boolean active) {

    public NewHook {
        events = HookSettings.checkedEvents(url, contentType, events);
    }

    public static NewHook json(String url, String secret, List<String> events) {
        return new NewHook(url, "json", secret, events, true);
    }

    @Override
    public String toString() {
        return "NewHook[url=" + url + ", contentType=" + contentType + ", secret="
                + (secret == null || secret.isEmpty() ? "none" : "(hidden)") + ", events=" + events + ", active="
                + active + "]";
    }
}
