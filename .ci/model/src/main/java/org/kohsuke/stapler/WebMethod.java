// Source: jenkinsci/stapler core/src/main/java/org/kohsuke/stapler/WebMethod.java @ 2050.v425108fd5089
package org.kohsuke.stapler;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Documented
public @interface WebMethod {
    String[] name();
}
