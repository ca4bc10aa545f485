// Source: jenkinsci/jenkins core/src/main/java/hudson/model/Describable.java @ jenkins-2.541.3
package hudson.model;

public interface Describable<T extends Describable<T>> {
    default Descriptor<T> getDescriptor() {
        throw new UnsupportedOperationException();
    }
}
