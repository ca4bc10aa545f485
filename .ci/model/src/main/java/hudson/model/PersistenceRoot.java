// Source: jenkinsci/jenkins core/src/main/java/hudson/model/PersistenceRoot.java @ jenkins-2.541.3
package hudson.model;

import java.io.File;

public interface PersistenceRoot extends Saveable {
    File getRootDir();
}
