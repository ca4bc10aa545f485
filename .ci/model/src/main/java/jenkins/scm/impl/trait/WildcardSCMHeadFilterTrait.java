// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/impl/trait/WildcardSCMHeadFilterTrait.java @ 24df4bb455f2
package jenkins.scm.impl.trait;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import jenkins.scm.api.trait.SCMSourceContext;
import jenkins.scm.api.trait.SCMSourceTrait;

public class WildcardSCMHeadFilterTrait extends SCMSourceTrait {

    public WildcardSCMHeadFilterTrait(@CheckForNull String includes, String excludes) {
        throw new UnsupportedOperationException();
    }

    public String getIncludes() {
        throw new UnsupportedOperationException();
    }

    public String getExcludes() {
        throw new UnsupportedOperationException();
    }

    @Override
    protected void decorateContext(SCMSourceContext<?, ?> context) {
        throw new UnsupportedOperationException();
    }
}
