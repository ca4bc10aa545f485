// Source: jenkinsci/jenkins core/src/main/java/hudson/Util.java @ jenkins-2.541.3
package hudson;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Set;

// Only the static helpers a plugin is likely to call.
public class Util {
    @NonNull public static <T> List<T> filter(@NonNull Iterable<?> base, @NonNull Class<T> type) {
        throw new UnsupportedOperationException();
    }

    @NonNull public static <T> List<T> filter(@NonNull List<?> base, @NonNull Class<T> type) {
        throw new UnsupportedOperationException();
    }

    @NonNull public static String[] tokenize(@NonNull String s, @CheckForNull String delimiter) {
        throw new UnsupportedOperationException();
    }

    @NonNull public static String[] tokenize(@NonNull String s) {
        throw new UnsupportedOperationException();
    }

    @CheckForNull public static String nullify(@CheckForNull String v) {
        throw new UnsupportedOperationException();
    }

    @NonNull public static String removeTrailingSlash(@NonNull String s) {
        throw new UnsupportedOperationException();
    }

    @Nullable public static String ensureEndsWith(@CheckForNull String subject, @CheckForNull String suffix) {
        throw new UnsupportedOperationException();
    }

    @NonNull public static String getDigestOf(@NonNull InputStream source) throws IOException {
        throw new UnsupportedOperationException();
    }

    @NonNull public static String getDigestOf(@NonNull String text) {
        throw new UnsupportedOperationException();
    }

    @NonNull public static String getDigestOf(@NonNull File file) throws IOException {
        throw new UnsupportedOperationException();
    }

    @NonNull public static String toHexString(@NonNull byte[] data, int start, int len) {
        throw new UnsupportedOperationException();
    }

    @NonNull public static String toHexString(@NonNull byte[] bytes) {
        throw new UnsupportedOperationException();
    }

    @NonNull public static String getTimeSpanString(long duration) {
        throw new UnsupportedOperationException();
    }

    @NonNull public static String encode(@NonNull String s) {
        throw new UnsupportedOperationException();
    }

    @NonNull public static String rawEncode(@NonNull String s) {
        throw new UnsupportedOperationException();
    }

    @NonNull public static String fullEncode(@NonNull String s) {
        throw new UnsupportedOperationException();
    }

    @Nullable public static String escape(@CheckForNull String text) {
        throw new UnsupportedOperationException();
    }

    @NonNull public static String xmlEscape(@NonNull String text) {
        throw new UnsupportedOperationException();
    }

    @NonNull public static String fixNull(@CheckForNull String s) {
        throw new UnsupportedOperationException();
    }

    @NonNull public static <T> T fixNull(@CheckForNull T s, @NonNull T defaultValue) {
        throw new UnsupportedOperationException();
    }

    @CheckForNull public static String fixEmpty(@CheckForNull String s) {
        throw new UnsupportedOperationException();
    }

    @CheckForNull public static String fixEmptyAndTrim(@CheckForNull String s) {
        throw new UnsupportedOperationException();
    }

    @NonNull public static <T> List<T> fixNull(@CheckForNull List<T> l) {
        throw new UnsupportedOperationException();
    }

    @NonNull public static <T> Set<T> fixNull(@CheckForNull Set<T> l) {
        throw new UnsupportedOperationException();
    }

    @NonNull public static <T> Collection<T> fixNull(@CheckForNull Collection<T> l) {
        throw new UnsupportedOperationException();
    }

    @NonNull public static <T> Iterable<T> fixNull(@CheckForNull Iterable<T> l) {
        throw new UnsupportedOperationException();
    }

    public static boolean isOverridden(@NonNull Class<?> base, @NonNull Class<?> derived, @NonNull String methodName, @NonNull Class<?>... types) {
        throw new UnsupportedOperationException();
    }

    @Nullable public static String intern(@CheckForNull String s) {
        throw new UnsupportedOperationException();
    }

    public static boolean isSafeToRedirectTo(@NonNull String uri) {
        throw new UnsupportedOperationException();
    }
}
