// Source: jenkinsci/jenkins core/src/main/java/hudson/search/SearchableModelObject.java @ jenkins-2.541.3
package hudson.search;

import hudson.model.ModelObject;

// Declared only as a supertype; its members are not modelled.
public interface SearchableModelObject extends ModelObject, SearchItem {
}
