package io.jenkins.plugins.gogs.client;

import com.fasterxml.jackson.core.type.TypeReference;
import io.jenkins.plugins.gogs.client.model.Hook;
import io.jenkins.plugins.gogs.client.model.HookEdit;
import io.jenkins.plugins.gogs.client.model.NewHook;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The webhooks of one repository; every call needs admin rights on it. */
public final class HooksApi {

    private final ApiCaller caller;
    private final RepoCoordinates repo;

    HooksApi(ApiCaller caller, RepoCoordinates repo) {
        this.caller = caller;
        this.repo = repo;
    }

    public List<Hook> list() {
        return caller.call(ApiRequest.get(repo.path("hooks")), new TypeReference<List<Hook>>() {});
    }

    /** Registers a Gogs-type hook; {@code active} is always sent (Gogs' default would be inactive). */
    public Hook create(NewHook hook) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("url", hook.url());
        config.put("content_type", hook.contentType());
        if (hook.secret() != null && !hook.secret().isEmpty()) {
            config.put("secret", hook.secret());
        }
        Map<String, Object> body =
                Map.of("type", "gogs", "config", config, "events", hook.events(), "active", hook.active());
        return caller.call(ApiRequest.of("POST", repo.path("hooks"), body), Hook.class);
    }

    /**
     * Changes URL, content type, events and active state, all sent every time (Gogs resets omitted events to push).
     * The secret stays as it was: Gogs cannot change it. Returns the hook as it is now.
     */
    public Hook edit(long hookId, HookEdit edit) {
        Map<String, Object> body = Map.of(
                "config", Map.of("url", edit.url(), "content_type", edit.contentType()),
                "events", edit.events(),
                "active", edit.active());
        return caller.call(ApiRequest.of("PATCH", repo.path("hooks").segment(hookId), body), Hook.class);
    }

    /** Deletes the hook; deleting one that is already gone succeeds too (Gogs answers 204). */
    public void delete(long hookId) {
        caller.execute(ApiRequest.of("DELETE", repo.path("hooks").segment(hookId), null));
    }
}
