// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/impl/trait/RegexSCMSourceFilterTrait.java @ 24df4bb455f2
package jenkins.scm.impl.trait;

import edu.umd.cs.findbugs.annotations.NonNull;
import jenkins.scm.api.trait.SCMNavigatorContext;
import jenkins.scm.api.trait.SCMNavigatorTrait;

public class RegexSCMSourceFilterTrait extends SCMNavigatorTrait {

    public RegexSCMSourceFilterTrait(@NonNull String regex) {
        throw new UnsupportedOperationException();
    }

    public String getRegex() {
        throw new UnsupportedOperationException();
    }

    @Override
    protected void decorateContext(SCMNavigatorContext<?, ?> context) {
        throw new UnsupportedOperationException();
    }
}
