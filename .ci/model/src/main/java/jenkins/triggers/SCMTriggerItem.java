// Source: jenkinsci/jenkins core/src/main/java/jenkins/triggers/SCMTriggerItem.java @ jenkins-2.541.3
package jenkins.triggers;

// Marker only: its abstract members are not modelled, so model implementors need not supply them.
public interface SCMTriggerItem {
}
