// Source: jenkinsci/jenkins core/src/main/java/hudson/model/DescriptorByNameOwner.java @ jenkins-2.541.3
package hudson.model;

public interface DescriptorByNameOwner extends ModelObject {
    default Descriptor getDescriptorByName(String id) {
        throw new UnsupportedOperationException();
    }
}
