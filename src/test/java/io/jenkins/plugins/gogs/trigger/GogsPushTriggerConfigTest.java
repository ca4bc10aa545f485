package io.jenkins.plugins.gogs.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.FreeStyleProject;
import hudson.util.FormValidation;
import io.jenkins.plugins.gogs.push.SkipPhrases;
import jenkins.model.ParameterizedJobMixIn;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.multibranch.WorkflowMultiBranchProject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The trigger as users configure it: the job form keeps its options, a declarative pipeline's
 * {@code triggers { gogsPush(...) }} sets them on the job, and it is offered for freestyle and pipeline jobs only.
 */
@WithJenkins
@Tag("needs-jenkins")
class GogsPushTriggerConfigTest {

    @Test
    void theJobFormKeepsTheOptionsAndTheDefaults(JenkinsRule j) throws Exception {
        FreeStyleProject configured = j.createFreeStyleProject("configured");
        GogsPushTrigger trigger = new GogsPushTrigger();
        trigger.setBranchFilter("main !wip/*");
        trigger.setBuildTags(true);
        trigger.setSkipPhrases("[IGNORE]\n[skip ci]");
        trigger.setQuietPeriod(3);
        configured.addTrigger(trigger);
        FreeStyleProject defaults = j.createFreeStyleProject("defaults");
        defaults.addTrigger(new GogsPushTrigger());

        j.configRoundtrip(configured);
        j.configRoundtrip(defaults);

        j.assertEqualDataBoundBeans(trigger, ParameterizedJobMixIn.getTrigger(configured, GogsPushTrigger.class));
        GogsPushTrigger kept = ParameterizedJobMixIn.getTrigger(defaults, GogsPushTrigger.class);
        assertThat(kept).isNotNull();
        assertThat(kept.getBranchFilter()).isEmpty();
        assertThat(kept.isBuildTags()).isFalse();
        assertThat(kept.getSkipPhrases()).isEqualTo(SkipPhrases.DEFAULT);
        assertThat(kept.getQuietPeriod()).isNull();
    }

    @Test
    void aDeclarativePipelineSetsTheTriggerWithItsOptions(JenkinsRule j) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "declared");
        job.setDefinition(new CpsFlowDefinition(
                String.join(
                        "\n",
                        "pipeline {",
                        "  agent none",
                        "  triggers {",
                        "    gogsPush(branchFilter: 'main release/*', buildTags: true, skipPhrases: '[IGNORE]',"
                                + " quietPeriod: 7)",
                        "  }",
                        "  stages {",
                        "    stage('s') { steps { echo 'declared' } }",
                        "  }",
                        "}"),
                true));

        j.buildAndAssertSuccess(job);

        GogsPushTrigger trigger = ParameterizedJobMixIn.getTrigger(job, GogsPushTrigger.class);
        assertThat(trigger).isNotNull();
        assertThat(trigger.getBranchFilter()).isEqualTo("main release/*");
        assertThat(trigger.isBuildTags()).isTrue();
        assertThat(trigger.getSkipPhrases()).isEqualTo("[IGNORE]");
        assertThat(trigger.getQuietPeriod()).isEqualTo(7);
    }

    @Test
    void itIsOfferedForJobsThatBuildFromAnScmOnly(JenkinsRule j) throws Exception {
        GogsPushTrigger.DescriptorImpl descriptor = j.get(GogsPushTrigger.DescriptorImpl.class);

        assertThat(descriptor.isApplicable(j.createFreeStyleProject("freestyle")))
                .isTrue();
        assertThat(descriptor.isApplicable(j.createProject(WorkflowJob.class, "pipeline")))
                .isTrue();
        assertThat(descriptor.isApplicable(j.createProject(WorkflowMultiBranchProject.class, "multibranch")))
                .isFalse();
        assertThat(descriptor.doCheckQuietPeriod("-1").kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(descriptor.doCheckQuietPeriod("x").kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(descriptor.doCheckQuietPeriod("").kind).isEqualTo(FormValidation.Kind.OK);
    }
}
