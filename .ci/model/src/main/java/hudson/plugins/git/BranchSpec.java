// Source: jenkinsci/git-plugin src/main/java/hudson/plugins/git/BranchSpec.java @ add6e4dc74e6
package hudson.plugins.git;

import hudson.model.AbstractDescribableImpl;
import java.io.Serializable;

public class BranchSpec extends AbstractDescribableImpl<BranchSpec> implements Serializable {

    public String getName() {
        throw new UnsupportedOperationException();
    }

    public void setName(String name) {
        throw new UnsupportedOperationException();
    }

    public BranchSpec(String name) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException();
    }

    public boolean matches(String item) {
        throw new UnsupportedOperationException();
    }
}
