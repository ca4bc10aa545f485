package io.jenkins.plugins.gogs.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.gogs.issues.IssueQuery;
import io.jenkins.plugins.gogs.issues.NameList;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/** {@code gogsIssues}: the issues of a repository matching filters Gogs itself lacks; a list of maps. */
@Restricted(NoExternalUse.class)
public class GogsIssuesStep extends GogsRepositoryStep {

    private String state;
    private Object labels;
    private String milestone;
    private String assignee;
    private String author;
    private String since;
    private String search;
    private int limit;

    @DataBoundConstructor
    public GogsIssuesStep() {}

    @CheckForNull
    public String getState() {
        return state;
    }

    /** {@code open} (default), {@code closed} or {@code all}. */
    @DataBoundSetter
    public void setState(String state) {
        this.state = Util.fixEmptyAndTrim(state);
    }

    /** The label names as one text (what the form shows and the snippet generator writes). */
    @CheckForNull
    public String getLabels() {
        return NameList.display(labels, "labels");
    }

    /** A list of names ({@code ['bug', 'ui']}) or one text with names separated by commas. */
    @DataBoundSetter
    public void setLabels(Object labels) {
        this.labels = labels;
    }

    @CheckForNull
    public String getMilestone() {
        return milestone;
    }

    @DataBoundSetter
    public void setMilestone(String milestone) {
        this.milestone = Util.fixEmptyAndTrim(milestone);
    }

    @CheckForNull
    public String getAssignee() {
        return assignee;
    }

    @DataBoundSetter
    public void setAssignee(String assignee) {
        this.assignee = Util.fixEmptyAndTrim(assignee);
    }

    @CheckForNull
    public String getAuthor() {
        return author;
    }

    @DataBoundSetter
    public void setAuthor(String author) {
        this.author = Util.fixEmptyAndTrim(author);
    }

    @CheckForNull
    public String getSince() {
        return since;
    }

    @DataBoundSetter
    public void setSince(String since) {
        this.since = Util.fixEmptyAndTrim(since);
    }

    @CheckForNull
    public String getSearch() {
        return search;
    }

    @DataBoundSetter
    public void setSearch(String search) {
        this.search = Util.fixEmptyAndTrim(search);
    }

    public int getLimit() {
        return limit;
    }

    /** At most this many issues, newest first; 0 (default) for all. */
    @DataBoundSetter
    public void setLimit(int limit) {
        this.limit = limit;
    }

    @Override
    Work prepare() {
        IssueQuery query = IssueQuery.builder()
                .state(state)
                .labels(labels)
                .milestone(milestone)
                .assignee(assignee)
                .author(author)
                .since(since)
                .search(search)
                .limit(limit)
                .build();
        return issues -> issues.find(query);
    }

    @Extension
    public static class DescriptorImpl extends GogsStepDescriptor {

        @Override
        public String getFunctionName() {
            return "gogsIssues";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.GogsIssuesStep_DisplayName();
        }

        /** The states gogsIssues understands; no request, nothing secret. */
        public ListBoxModel doFillStateItems() {
            ListBoxModel states = new ListBoxModel();
            states.add(Messages.State_Open(), "open");
            states.add(Messages.State_Closed(), "closed");
            states.add(Messages.State_All(), "all");
            return states;
        }
    }
}
