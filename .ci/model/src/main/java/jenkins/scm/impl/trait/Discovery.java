// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/impl/trait/Discovery.java @ 24df4bb455f2
package jenkins.scm.impl.trait;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface Discovery {
}
