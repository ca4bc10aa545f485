// Source: jenkinsci/jenkins core/src/main/java/hudson/EnvVars.java @ jenkins-2.541.3
package hudson;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.Map;
import java.util.TreeMap;

public class EnvVars extends TreeMap<String, String> {
    public EnvVars() {
        throw new UnsupportedOperationException();
    }

    public EnvVars(@NonNull Map<String, String> m) {
        throw new UnsupportedOperationException();
    }

    public EnvVars(@NonNull EnvVars m) {
        throw new UnsupportedOperationException();
    }

    public EnvVars(String... keyValuePairs) {
        throw new UnsupportedOperationException();
    }

    public void override(String key, String value) {
        throw new UnsupportedOperationException();
    }

    public EnvVars overrideAll(Map<String, String> all) {
        throw new UnsupportedOperationException();
    }

    public String get(String key, String defaultValue) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String put(String key, String value) {
        throw new UnsupportedOperationException();
    }

    public void putIfNotNull(String key, String value) {
        throw new UnsupportedOperationException();
    }

    public String expand(String s) {
        throw new UnsupportedOperationException();
    }
}
