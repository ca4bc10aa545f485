// Source: jenkinsci/jenkins core/src/main/java/hudson/search/SearchItem.java @ jenkins-2.541.3
package hudson.search;

// Declared only as a supertype; its members are not modelled.
public interface SearchItem {
}
