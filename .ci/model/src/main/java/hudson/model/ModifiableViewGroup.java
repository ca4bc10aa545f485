// Source: jenkinsci/jenkins core/src/main/java/hudson/model/ModifiableViewGroup.java @ jenkins-2.541.3
package hudson.model;

public interface ModifiableViewGroup extends ViewGroup {
}
