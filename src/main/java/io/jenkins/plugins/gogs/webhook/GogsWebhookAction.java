package io.jenkins.plugins.gogs.webhook;

import hudson.Extension;
import hudson.model.UnprotectedRootAction;
import io.jenkins.plugins.gogs.events.DeliveryBody;
import io.jenkins.plugins.gogs.events.DeliveryOutcome;
import io.jenkins.plugins.gogs.events.HookEndpoint;
import io.jenkins.plugins.gogs.events.RejectionReason;
import io.jenkins.plugins.gogs.events.WebhookDeliveryException;
import io.jenkins.plugins.gogs.events.WebhookReceiver;
import io.jenkins.plugins.gogs.events.WebhookRequest;
import java.io.IOException;
import jenkins.scm.api.SCMEvent;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.interceptor.RequirePOST;

/**
 * Receives Gogs deliveries at {@code <Jenkins URL>/gogs-hook/post} (a URL name of its own, so that the older
 * gogs-webhook plugin, at {@code /gogs-webhook/}, can be installed beside it). Anyone may post (Gogs has no Jenkins
 * account); what makes a delivery count is its signature, checked by the shared {@link WebhookReceiver} against the
 * secret of the server the payload names. The answer is a status and a line of text that never depends on which
 * jobs exist: no job is looked up while answering, events are handled later by the SCM API's own threads.
 */
@Extension
@Restricted(NoExternalUse.class)
public class GogsWebhookAction implements UnprotectedRootAction {

    private final WebhookReceiver receiver = new WebhookReceiver();

    @Override
    public String getIconFileName() {
        return null;
    }

    @Override
    public String getDisplayName() {
        return null;
    }

    @Override
    public String getUrlName() {
        return HookEndpoint.URL_NAME;
    }

    @RequirePOST
    public HttpResponse doPost(StaplerRequest2 request) {
        DeliveryOutcome outcome = receive(request);
        DeliveryHandling.after(outcome, SCMEvent.originOf(request));
        return new PlainTextResponse(outcome.httpStatus(), outcome.message());
    }

    private DeliveryOutcome receive(StaplerRequest2 request) {
        byte[] body;
        try {
            body = DeliveryBody.read(request.getInputStream(), DeliveryBody.MAX_BYTES);
        } catch (WebhookDeliveryException e) {
            return new DeliveryOutcome.Rejected(e.reason(), e.getMessage(), null);
        } catch (IOException e) {
            return new DeliveryOutcome.Rejected(
                    RejectionReason.MISSING_PAYLOAD, Messages.GogsWebhookAction_BodyUnreadable(), null);
        }
        WebhookRequest delivery = new WebhookRequest(
                request.getHeader(WebhookRequest.EVENT_HEADER),
                request.getHeader(WebhookRequest.DELIVERY_HEADER),
                request.getHeader(WebhookRequest.SIGNATURE_HEADER),
                request.getContentType(),
                body);
        return receiver.receive(delivery, new ConfiguredServers(GogsWebhookMonitor.problems()));
    }
}
