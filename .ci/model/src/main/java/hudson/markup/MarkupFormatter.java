// Source: jenkinsci/jenkins core/src/main/java/hudson/markup/MarkupFormatter.java @ jenkins-2.541.3
package hudson.markup;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionPoint;
import hudson.model.Describable;
import java.io.IOException;
import java.io.Writer;

public abstract class MarkupFormatter implements Describable<MarkupFormatter>, ExtensionPoint {
    public abstract void translate(@CheckForNull String markup, @NonNull Writer output) throws IOException;

    public final @NonNull String translate(@CheckForNull String markup) throws IOException {
        throw new UnsupportedOperationException();
    }
}
