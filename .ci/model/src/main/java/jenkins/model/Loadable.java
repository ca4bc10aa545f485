// Source: jenkinsci/jenkins core/src/main/java/jenkins/model/Loadable.java @ jenkins-2.541.3
package jenkins.model;

import java.io.IOException;

public interface Loadable {
    void load() throws IOException;
}
