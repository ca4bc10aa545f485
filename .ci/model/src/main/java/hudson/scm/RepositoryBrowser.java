// Source: jenkinsci/jenkins core/src/main/java/hudson/scm/RepositoryBrowser.java @ jenkins-2.541.3
package hudson.scm;

import hudson.ExtensionPoint;
import hudson.model.Describable;
import java.io.IOException;
import java.io.Serializable;
import java.net.URL;

public abstract class RepositoryBrowser<E extends ChangeLogSet.Entry>
        implements Describable<RepositoryBrowser<?>>, ExtensionPoint, Serializable {

    public abstract URL getChangeSetLink(E changeSet) throws IOException;

    protected static String trimHeadSlash(String s) {
        throw new UnsupportedOperationException();
    }

    protected static URL normalizeToEndWithSlash(URL url) {
        throw new UnsupportedOperationException();
    }
}
