package io.jenkins.plugins.gogs.client.model;

import java.util.List;

/**
 * New settings for a webhook. All are sent, because Gogs resets omitted {@code events} to push-only and a
 * missing {@code active} would be read as false by older servers. Gogs cannot change a hook's secret: delete and
 * create the hook for that.
 */
public record HookEdit(String url, String contentType, List<String> events, boolean active) {

    public HookEdit {
        events = HookSettings.checkedEvents(url, contentType, events);
    }

    /** The settings of an existing hook, to change some of them with the {@code with...} methods. */
    public static HookEdit of(Hook hook) {
        return new HookEdit(
                hook.url(), hook.contentType() == null ? "json" : hook.contentType(), hook.events(), hook.active());
    }

    public HookEdit withUrl(String newUrl) {
        return new HookEdit(newUrl, contentType, events, active);
    }

    public HookEdit withEvents(List<String> newEvents) {
        return new HookEdit(url, contentType, newEvents, active);
    }

    public HookEdit withActive(boolean isActive) {
        return new HookEdit(url, contentType, events, isActive);
    }
}
