// Source: jenkinsci/jenkins core/src/main/java/hudson/model/AbstractModelObject.java @ jenkins-2.541.3
package hudson.model;

import hudson.search.SearchableModelObject;

// Declared as a superclass; its search and error helpers are not modelled.
public abstract class AbstractModelObject implements SearchableModelObject {
}
