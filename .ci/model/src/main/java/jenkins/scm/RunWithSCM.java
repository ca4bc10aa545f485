// Source: jenkinsci/jenkins core/src/main/java/jenkins/scm/RunWithSCM.java @ jenkins-2.541.3
package jenkins.scm;

import hudson.model.Job;
import hudson.model.Run;

// Marker only: its abstract members are not modelled, so model implementors need not supply them.
public interface RunWithSCM<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT> & RunWithSCM<JobT, RunT>> {
}
