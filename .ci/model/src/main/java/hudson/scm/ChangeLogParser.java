// Source: jenkinsci/jenkins core/src/main/java/hudson/scm/ChangeLogParser.java @ jenkins-2.541.3
package hudson.scm;

public abstract class ChangeLogParser {
}
