package io.jenkins.plugins.gogs.notify;

import hudson.model.Run;
import org.jenkinsci.plugins.workflow.actions.ErrorAction;
import org.jenkinsci.plugins.workflow.actions.LabelAction;
import org.jenkinsci.plugins.workflow.actions.ThreadNameAction;
import org.jenkinsci.plugins.workflow.flow.FlowExecution;
import org.jenkinsci.plugins.workflow.flow.FlowExecutionOwner;
import org.jenkinsci.plugins.workflow.graph.BlockEndNode;
import org.jenkinsci.plugins.workflow.graph.BlockStartNode;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.graph.StepNode;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Reads a finished Pipeline's flow graph (Pipeline API plugin; only loaded through {@link FailingStage}): the node
 * where the build's error was first thrown, then the innermost {@code stage} step around it.
 */
@Restricted(NoExternalUse.class)
final class PipelineStages {

    private static final String STAGE_STEP = "stage";

    private PipelineStages() {}

    static String failingStage(Run<?, ?> run) {
        if (!(run instanceof FlowExecutionOwner.Executable executable)) {
            return null;
        }
        FlowExecutionOwner owner = executable.asFlowExecutionOwner();
        FlowExecution execution = owner == null ? null : owner.getOrNull();
        Throwable error = execution == null ? null : execution.getCauseOfFailure();
        if (error == null) {
            return null;
        }
        FlowNode origin = ErrorAction.findOrigin(error, execution);
        if (origin == null) {
            return null;
        }
        FlowNode node = origin instanceof BlockEndNode<?> end ? end.getStartNode() : origin;
        if (isStage(node)) {
            return stageName(node);
        }
        for (BlockStartNode block : node.iterateEnclosingBlocks()) {
            if (isStage(block)) {
                return stageName(block);
            }
        }
        return null;
    }

    /** A {@code stage} step's own node: it carries the stage's name; a parallel branch's name is a thread name. */
    private static boolean isStage(FlowNode node) {
        if (!(node instanceof StepNode step)) {
            return false;
        }
        StepDescriptor descriptor = step.getDescriptor();
        return descriptor != null
                && STAGE_STEP.equals(descriptor.getFunctionName())
                && node.getPersistentAction(LabelAction.class) != null
                && node.getPersistentAction(ThreadNameAction.class) == null;
    }

    private static String stageName(FlowNode node) {
        LabelAction label = node.getPersistentAction(LabelAction.class);
        return label == null ? null : label.getDisplayName();
    }
}
