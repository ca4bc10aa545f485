// Source: jenkinsci/jenkins core/src/main/java/hudson/model/PersistentDescriptor.java @ jenkins-2.541.3
package hudson.model;

import jenkins.model.Loadable;

// The real load() carries @jakarta.annotation.PostConstruct, which is not on this classpath; it only matters at run time.
public interface PersistentDescriptor extends Loadable, Saveable {
    @Override
    void load();
}
