// Source: jenkinsci/stapler core/src/main/java/org/kohsuke/stapler/Header.java @ 2050.v425108fd5089
package org.kohsuke.stapler;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

// The real type is also meta-annotated with @InjectedParameter(HandlerImpl.class), Stapler's run-time binding.
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@Documented
public @interface Header {
    String value();

    boolean required() default false;
}
