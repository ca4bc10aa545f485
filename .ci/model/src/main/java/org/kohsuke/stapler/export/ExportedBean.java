// Source: jenkinsci/stapler core/src/main/java/org/kohsuke/stapler/export/ExportedBean.java @ 2050.v425108fd5089
package org.kohsuke.stapler.export;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

// The real type is also meta-annotated with annotation-indexer's @Indexed, which only matters to the real build.
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Target(ElementType.TYPE)
public @interface ExportedBean {
    int defaultVisibility() default 1;
}
