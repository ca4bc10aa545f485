// Source: jenkinsci/jenkins core/src/main/java/jenkins/model/HistoricalBuild.java @ jenkins-2.541.3
package jenkins.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Result;

public interface HistoricalBuild extends FullyNamedModelObject {
    int getNumber();

    String getUrl();

    @CheckForNull
    String getDescription();

    @CheckForNull
    Result getResult();

    boolean isBuilding();
}
