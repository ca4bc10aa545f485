// Source: jenkinsci/jenkins core/src/main/java/hudson/model/Run.java @ jenkins-2.541.3
package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.ExtensionPoint;
import hudson.security.ACL;
import hudson.security.AccessControlled;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import jenkins.console.WithConsoleUrl;
import jenkins.model.HistoricalBuild;
import jenkins.util.io.OnMaster;
import org.kohsuke.stapler.StaplerProxy;
import org.springframework.security.access.AccessDeniedException;

public abstract class Run<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> extends Actionable implements ExtensionPoint, Comparable<RunT>, AccessControlled, PersistenceRoot, DescriptorByNameOwner, OnMaster, StaplerProxy, HistoricalBuild, WithConsoleUrl {
    protected Run(@NonNull JobT job) throws IOException {
        throw new UnsupportedOperationException();
    }

    protected Run(@NonNull JobT job, @NonNull Calendar timestamp) {
        throw new UnsupportedOperationException();
    }

    protected Run(@NonNull JobT job, long timestamp) {
        throw new UnsupportedOperationException();
    }

    protected Run(@NonNull JobT project, @NonNull File buildDir) throws IOException {
        throw new UnsupportedOperationException();
    }

    @Override
    public void addAction(@NonNull Action a) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int compareTo(@NonNull RunT that) {
        throw new UnsupportedOperationException();
    }

    public long getQueueId() {
        throw new UnsupportedOperationException();
    }

    @Override
    public @CheckForNull Result getResult() {
        throw new UnsupportedOperationException();
    }

    public void setResult(@NonNull Result r) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean isBuilding() {
        throw new UnsupportedOperationException();
    }

    public boolean isInProgress() {
        throw new UnsupportedOperationException();
    }

    public @NonNull JobT getParent() {
        throw new UnsupportedOperationException();
    }

    public @NonNull Calendar getTimestamp() {
        throw new UnsupportedOperationException();
    }

    public final @NonNull Date getTime() {
        throw new UnsupportedOperationException();
    }

    public final long getTimeInMillis() {
        throw new UnsupportedOperationException();
    }

    public final long getStartTimeInMillis() {
        throw new UnsupportedOperationException();
    }

    @Override
    @CheckForNull
    public String getDescription() {
        throw new UnsupportedOperationException();
    }

    public long getDuration() {
        throw new UnsupportedOperationException();
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException();
    }

    @Override
    public String getFullDisplayName() {
        throw new UnsupportedOperationException();
    }

    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException();
    }

    public void setDisplayName(String value) throws IOException {
        throw new UnsupportedOperationException();
    }

    @Override
    public int getNumber() {
        throw new UnsupportedOperationException();
    }

    public @CheckForNull RunT getPreviousBuild() {
        throw new UnsupportedOperationException();
    }

    public @CheckForNull RunT getNextBuild() {
        throw new UnsupportedOperationException();
    }

    @Override
    public @NonNull String getUrl() {
        throw new UnsupportedOperationException();
    }

    @Override
    public String getConsoleUrl() {
        throw new UnsupportedOperationException();
    }

    public @NonNull String getId() {
        throw new UnsupportedOperationException();
    }

    @Override
    public @NonNull File getRootDir() {
        throw new UnsupportedOperationException();
    }

    public @NonNull InputStream getLogInputStream() throws IOException {
        throw new UnsupportedOperationException();
    }

    public @NonNull List<String> getLog(int maxLines) throws IOException {
        throw new UnsupportedOperationException();
    }

    @Override
    public @NonNull ACL getACL() {
        throw new UnsupportedOperationException();
    }

    public void delete() throws IOException {
        throw new UnsupportedOperationException();
    }

    @Override
    public synchronized void save() throws IOException {
        throw new UnsupportedOperationException();
    }

    public void setDescription(String description) throws IOException {
        throw new UnsupportedOperationException();
    }

    public @CheckForNull <T extends Cause> T getCause(Class<T> type) {
        throw new UnsupportedOperationException();
    }

    public @NonNull EnvVars getEnvironment(@NonNull TaskListener listener) throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    public @NonNull String getExternalizableId() {
        throw new UnsupportedOperationException();
    }

    public @CheckForNull static Run<?, ?> fromExternalizableId(String id) throws IllegalArgumentException, AccessDeniedException {
        throw new UnsupportedOperationException();
    }
}
