// Source: jenkinsci/lib-symbol-annotation src/main/java/org/jenkinsci/Symbol.java @ symbol-annotation-1.25
package org.jenkinsci;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

// The real type is also meta-annotated with annotation-indexer's @Indexed, which only matters to the real build.
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Documented
public @interface Symbol {
    String[] value();
}
