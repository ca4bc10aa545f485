// Source: jenkinsci/jenkins core/src/main/java/hudson/model/ReconfigurableDescribable.java @ jenkins-2.541.3
package hudson.model;

public interface ReconfigurableDescribable<T extends ReconfigurableDescribable<T>> extends Describable<T> {
}
