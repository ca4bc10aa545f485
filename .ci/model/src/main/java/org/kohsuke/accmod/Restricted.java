// Source: jenkinsci/lib-access-modifier access-modifier-annotation/src/main/java/org/kohsuke/accmod/Restricted.java @ access-modifier-1.35
package org.kohsuke.accmod;

import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;

// The real type is also meta-annotated with annotation-indexer's @Indexed, which only matters to the real build.
@Retention(RUNTIME)
@Documented
public @interface Restricted {
    Class<? extends AccessRestriction>[] value();
}
