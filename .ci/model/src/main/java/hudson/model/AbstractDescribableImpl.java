// Source: jenkinsci/jenkins core/src/main/java/hudson/model/AbstractDescribableImpl.java @ jenkins-2.541.3
package hudson.model;

@Deprecated(since = "2.505")
public abstract class AbstractDescribableImpl<T extends AbstractDescribableImpl<T>> implements Describable<T> {
}
