// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/api/metadata/PrimaryInstanceMetadataAction.java @ 24df4bb455f2
package jenkins.scm.api.metadata;

import hudson.model.InvisibleAction;
import java.io.Serializable;

public class PrimaryInstanceMetadataAction extends InvisibleAction implements Serializable {
}
