// Source: jenkinsci/jenkins core/src/main/java/hudson/model/ResourceController.java @ jenkins-2.541.3
package hudson.model;

public class ResourceController {
}
