// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/impl/trait/RegexSCMHeadFilterTrait.java @ 24df4bb455f2
package jenkins.scm.impl.trait;

import edu.umd.cs.findbugs.annotations.NonNull;
import jenkins.scm.api.trait.SCMSourceContext;
import jenkins.scm.api.trait.SCMSourceTrait;

public class RegexSCMHeadFilterTrait extends SCMSourceTrait {

    public RegexSCMHeadFilterTrait(@NonNull String regex) {
        throw new UnsupportedOperationException();
    }

    public String getRegex() {
        throw new UnsupportedOperationException();
    }

    @Override
    protected void decorateContext(SCMSourceContext<?, ?> context) {
        throw new UnsupportedOperationException();
    }
}
