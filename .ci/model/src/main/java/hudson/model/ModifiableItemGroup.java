// Source: jenkinsci/jenkins core/src/main/java/hudson/model/ModifiableItemGroup.java @ jenkins-2.541.3
package hudson.model;

public interface ModifiableItemGroup<T extends Item> extends ItemGroup<T> {
}
