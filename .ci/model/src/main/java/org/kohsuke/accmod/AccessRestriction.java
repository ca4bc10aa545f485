// Source: jenkinsci/lib-access-modifier access-modifier-annotation/src/main/java/org/kohsuke/accmod/AccessRestriction.java @ access-modifier-1.35
package org.kohsuke.accmod;

// Only the type is modelled; the checks it performs run in the real build.
public abstract class AccessRestriction {
    public boolean appliesToNested() {
        throw new UnsupportedOperationException();
    }
}
