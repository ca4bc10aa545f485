// Source: jenkinsci/jenkins core/src/main/java/hudson/init/Terminator.java @ jenkins-2.541.3
package hudson.init;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

// The real type is also meta-annotated with annotation-indexer's @Indexed, which only matters to the real build.
@Documented
@Retention(RUNTIME)
@Target(METHOD)
public @interface Terminator {
    TermMilestone after() default TermMilestone.STARTED;

    TermMilestone before() default TermMilestone.COMPLETED;

    String[] requires() default {};

    String[] attains() default {};

    String displayName() default "";
}
