// Source: jenkinsci/jenkins core/src/main/java/hudson/model/TaskListener.java @ jenkins-2.541.3
package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import org.jenkinsci.remoting.SerializableOnlyOverRemoting;

public interface TaskListener extends SerializableOnlyOverRemoting {
    @NonNull
    PrintStream getLogger();

    default void hyperlink(String url, String text) throws IOException {
        throw new UnsupportedOperationException();
    }

    @NonNull
    default PrintWriter error(String msg) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    default PrintWriter error(String format, Object... args) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    default PrintWriter fatalError(String msg) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    default PrintWriter fatalError(String format, Object... args) {
        throw new UnsupportedOperationException();
    }

    TaskListener NULL = null;
}
