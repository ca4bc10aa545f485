// Source: jenkinsci/lib-access-modifier access-modifier-annotation/src/main/java/org/kohsuke/accmod/restrictions/DoNotUse.java @ access-modifier-1.35
package org.kohsuke.accmod.restrictions;

import org.kohsuke.accmod.AccessRestriction;

public class DoNotUse extends AccessRestriction {
    @Override
    public boolean appliesToNested() {
        throw new UnsupportedOperationException();
    }
}
