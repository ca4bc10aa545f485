// Source: jenkinsci/stapler core/src/main/java/org/kohsuke/stapler/verb/POST.java @ 2050.v425108fd5089
package org.kohsuke.stapler.verb;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

// The real type is also meta-annotated with @InterceptorAnnotation, Stapler's run-time dispatch hook.
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface POST {
}
