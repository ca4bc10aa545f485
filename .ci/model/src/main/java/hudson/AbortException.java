// Source: jenkinsci/jenkins core/src/main/java/hudson/AbortException.java @ jenkins-2.541.3
package hudson;

import java.io.IOException;

public class AbortException extends IOException {

    public AbortException() {
        throw new UnsupportedOperationException();
    }

    public AbortException(String message) {
        throw new UnsupportedOperationException();
    }
}
