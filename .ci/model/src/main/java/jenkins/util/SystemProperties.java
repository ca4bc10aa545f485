// Source: jenkinsci/jenkins core/src/main/java/jenkins/util/SystemProperties.java @ jenkins-2.541.3
package jenkins.util;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.time.Duration;
import java.time.temporal.ChronoUnit;

public class SystemProperties {
    private SystemProperties() {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public static String getString(String key) {
        throw new UnsupportedOperationException();
    }

    public static String getString(String key, @CheckForNull String def) {
        throw new UnsupportedOperationException();
    }

    public static boolean getBoolean(String name) {
        throw new UnsupportedOperationException();
    }

    public static boolean getBoolean(String name, boolean def) {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public static Boolean optBoolean(String name) {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public static Duration getDuration(@NonNull String name) {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public static Duration getDuration(@NonNull String name, @CheckForNull ChronoUnit unit, @CheckForNull Duration defaultValue) {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public static Integer getInteger(String name) {
        throw new UnsupportedOperationException();
    }

    public static Integer getInteger(String name, Integer def) {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public static Long getLong(String name) {
        throw new UnsupportedOperationException();
    }

    public static Long getLong(String name, Long def) {
        throw new UnsupportedOperationException();
    }
}
