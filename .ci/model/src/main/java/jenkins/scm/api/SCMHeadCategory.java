// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/SCMHeadCategory.java @ 24df4bb455f2
package jenkins.scm.api;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.List;
import java.util.Map;
import org.jvnet.localizer.Localizable;

public abstract class SCMHeadCategory extends SCMCategory<SCMHead> {

    @NonNull
    public static List<SCMHeadCategory> collect(@NonNull Iterable<SCMSource> sources) {
        throw new UnsupportedOperationException();
    }

    public static List<SCMHeadCategory> addUncategorizedIfMissing(List<SCMHeadCategory> categories) {
        throw new UnsupportedOperationException();
    }

    public static SCMHeadCategory union(List<SCMHeadCategory> categories) {
        throw new UnsupportedOperationException();
    }

    public static Map<String, SCMHeadCategory> simplify(Iterable<SCMHeadCategory> categories) {
        throw new UnsupportedOperationException();
    }

    public static Map<String, SCMHeadCategory> collectAndSimplify(@NonNull Iterable<SCMSource> sources) {
        throw new UnsupportedOperationException();
    }

    public SCMHeadCategory(@CheckForNull Localizable pronoun) {
        super(pronoun);
    }

    public SCMHeadCategory(@NonNull String urlName, @CheckForNull Localizable pronoun) {
        super(urlName, pronoun);
    }

    @NonNull
    @Override
    protected Localizable defaultDisplayName() {
        throw new UnsupportedOperationException();
    }
}
