// Source: jenkinsci/configuration-as-code-plugin test-harness/src/main/java/io/jenkins/plugins/casc/misc/ConfiguredWithCode.java @ 58646eb62b0a755e41fe18939b980371bf5d7e84
package io.jenkins.plugins.casc.misc;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.Test;

@Target({ElementType.METHOD, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ConfiguredWithCode {
    String[] value();

    Class<? extends Throwable> expected() default Test.None.class;

    String message() default "";
}
