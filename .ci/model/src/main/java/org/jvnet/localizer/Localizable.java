// Source: kohsuke/localizer lib/src/main/java/org/jvnet/localizer/Localizable.java @ localizer-parent-1.31
package org.jvnet.localizer;

import java.io.Serializable;
import java.util.Locale;

public class Localizable implements Serializable {
    public Localizable(ResourceBundleHolder holder, String key, Object... args) {
        throw new UnsupportedOperationException();
    }

    public String getKey() {
        throw new UnsupportedOperationException();
    }

    public String toString(Locale locale) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException();
    }
}
