// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/impl/trait/WildcardSCMSourceFilterTrait.java @ 24df4bb455f2
package jenkins.scm.impl.trait;

import jenkins.scm.api.trait.SCMNavigatorContext;
import jenkins.scm.api.trait.SCMNavigatorTrait;

public class WildcardSCMSourceFilterTrait extends SCMNavigatorTrait {

    public WildcardSCMSourceFilterTrait(String includes, String excludes) {
        throw new UnsupportedOperationException();
    }

    public String getIncludes() {
        throw new UnsupportedOperationException();
    }

    public String getExcludes() {
        throw new UnsupportedOperationException();
    }

    @Override
    protected void decorateContext(SCMNavigatorContext<?, ?> context) {
        throw new UnsupportedOperationException();
    }
}
