// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/SCMHead.java @ 24df4bb455f2
package jenkins.scm.api;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionPoint;
import hudson.model.Item;
import jenkins.scm.api.mixin.SCMHeadMixin;

public class SCMHead implements SCMHeadMixin {

    public SCMHead(@NonNull String name) {
        throw new UnsupportedOperationException();
    }

    @Override
    @NonNull
    public String getName() {
        throw new UnsupportedOperationException();
    }

    @Override
    @NonNull
    public SCMHeadOrigin getOrigin() {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public String getPronoun() {
        throw new UnsupportedOperationException();
    }

    @Override
    public final boolean equals(Object o) {
        throw new UnsupportedOperationException();
    }

    @Override
    public final int hashCode() {
        throw new UnsupportedOperationException();
    }

    @Override
    public int compareTo(SCMHead o) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException();
    }

    public static abstract class HeadByItem implements ExtensionPoint {

        @CheckForNull
        public abstract SCMHead getHead(Item item);

        @CheckForNull
        public static SCMHead findHead(Item item) {
            throw new UnsupportedOperationException();
        }
    }
}
