// Source: jenkinsci/jenkins core/src/main/java/hudson/util/HttpResponses.java @ jenkins-2.541.3
package hudson.util;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.File;
import java.io.IOException;
import java.util.Map;
import net.sf.json.JSONArray;
import net.sf.json.JSONObject;
import org.kohsuke.stapler.HttpResponse;

public class HttpResponses extends org.kohsuke.stapler.HttpResponses {
    public static HttpResponse staticResource(File f) throws IOException {
        throw new UnsupportedOperationException();
    }

    public static HttpResponse clientRedirectTo(String url) {
        throw new UnsupportedOperationException();
    }

    public static HttpResponse okJSON() {
        throw new UnsupportedOperationException();
    }

    public static HttpResponse okJSON(@NonNull JSONObject data) {
        throw new UnsupportedOperationException();
    }

    public static HttpResponse okJSON(@NonNull JSONArray data) {
        throw new UnsupportedOperationException();
    }

    public static HttpResponse okJSON(@NonNull Map<?, ?> data) {
        throw new UnsupportedOperationException();
    }

    public static HttpResponse errorJSON(@NonNull String message) {
        throw new UnsupportedOperationException();
    }

    public static HttpResponse errorJSON(@NonNull String message, @NonNull Map<?, ?> data) {
        throw new UnsupportedOperationException();
    }

    public static HttpResponse errorJSON(@NonNull String message, @NonNull JSONObject data) {
        throw new UnsupportedOperationException();
    }

    public static HttpResponse errorJSON(@NonNull String message, @NonNull JSONArray data) {
        throw new UnsupportedOperationException();
    }
}
