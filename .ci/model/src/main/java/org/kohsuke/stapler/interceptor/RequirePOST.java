// Source: jenkinsci/stapler core/src/main/java/org/kohsuke/stapler/interceptor/RequirePOST.java @ 2050.v425108fd5089
package org.kohsuke.stapler.interceptor;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

// The real type is also meta-annotated with @InterceptorAnnotation(RequirePOST.Processor.class), Stapler's run-time hook.
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.FIELD})
public @interface RequirePOST {
}
