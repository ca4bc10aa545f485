// Source: jenkinsci/jenkins core/src/main/java/hudson/model/Saveable.java @ jenkins-2.541.3
package hudson.model;

import java.io.IOException;

public interface Saveable {
    void save() throws IOException;

    Saveable NOOP = null;
}
