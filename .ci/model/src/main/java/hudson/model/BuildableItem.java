// Source: jenkinsci/jenkins core/src/main/java/hudson/model/BuildableItem.java @ jenkins-2.541.3
package hudson.model;

import hudson.model.Queue.Task;

public interface BuildableItem extends Item, Task {
}
