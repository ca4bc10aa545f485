// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/SCMSourceCategory.java @ 24df4bb455f2
package jenkins.scm.api;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.List;
import java.util.Map;
import org.jvnet.localizer.Localizable;

public abstract class SCMSourceCategory extends SCMCategory<SCMSource> {

    @NonNull
    public static List<SCMSourceCategory> collect(@NonNull Iterable<SCMNavigator> navigators) {
        throw new UnsupportedOperationException();
    }

    public static List<SCMSourceCategory> addUncategorizedIfMissing(List<SCMSourceCategory> categories) {
        throw new UnsupportedOperationException();
    }

    public static SCMSourceCategory union(List<SCMSourceCategory> categories) {
        throw new UnsupportedOperationException();
    }

    public static Map<String, SCMSourceCategory> simplify(Iterable<SCMSourceCategory> categories) {
        throw new UnsupportedOperationException();
    }

    public static Map<String, SCMSourceCategory> collectAndSimplify(@NonNull Iterable<SCMNavigator> navigators) {
        throw new UnsupportedOperationException();
    }

    public SCMSourceCategory(@CheckForNull Localizable pronoun) {
        super(pronoun);
    }

    public SCMSourceCategory(@NonNull String urlName, @CheckForNull Localizable pronoun) {
        super(urlName, pronoun);
    }

    @NonNull
    @Override
    protected Localizable defaultDisplayName() {
        throw new UnsupportedOperationException();
    }
}
