// Source: jenkinsci/jenkins core/src/main/java/jenkins/model/ParameterizedJobMixIn.java @ jenkins-2.541.3
package jenkins.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Action;
import hudson.model.BuildableItem;
import hudson.model.Job;
import hudson.model.Queue;
import hudson.model.Run;
import hudson.model.queue.QueueTaskFuture;
import hudson.triggers.Trigger;
import jenkins.triggers.TriggeredItem;

public abstract class ParameterizedJobMixIn<JobT extends Job<JobT, RunT> & ParameterizedJobMixIn.ParameterizedJob<JobT, RunT> & Queue.Task, RunT extends Run<JobT, RunT> & Queue.Executable> {
    protected abstract JobT asJob();

    public final @CheckForNull QueueTaskFuture<RunT> scheduleBuild2(int quietPeriod, Action... actions) {
        throw new UnsupportedOperationException();
    }

    public final boolean isParameterized() {
        throw new UnsupportedOperationException();
    }

    public static @CheckForNull <T extends Trigger<?>> T getTrigger(Job<?, ?> job, Class<T> clazz) {
        throw new UnsupportedOperationException();
    }

    public interface ParameterizedJob<JobT extends Job<JobT, RunT> & ParameterizedJobMixIn.ParameterizedJob<JobT, RunT> & Queue.Task, RunT extends Run<JobT, RunT> & Queue.Executable> extends BuildableItem, TriggeredItem {
        default ParameterizedJobMixIn<JobT, RunT> getParameterizedJobMixIn() {
            throw new UnsupportedOperationException();
        }

        default int getQuietPeriod() {
            throw new UnsupportedOperationException();
        }

        default @CheckForNull QueueTaskFuture<RunT> scheduleBuild2(int quietPeriod, Action... actions) {
            throw new UnsupportedOperationException();
        }

        default boolean isParameterized() {
            throw new UnsupportedOperationException();
        }

        default boolean isDisabled() {
            throw new UnsupportedOperationException();
        }

        default boolean isBuildable() {
            throw new UnsupportedOperationException();
        }
    }
}
