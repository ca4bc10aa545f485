package io.jenkins.plugins.gogs.webhook;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;

/**
 * A status and a line of plain text: what Gogs shows in the hook's recent deliveries. Not an error page, since
 * Jenkins' error pages would say more about Jenkins than a delivery needs to know.
 */
@Restricted(NoExternalUse.class)
final class PlainTextResponse implements HttpResponse {

    private final int status;
    private final String text;

    PlainTextResponse(int status, String text) {
        this.status = status;
        this.text = text;
    }

    @Override
    public void generateResponse(StaplerRequest2 req, StaplerResponse2 rsp, Object node)
            throws IOException, ServletException {
        byte[] body = (text + "\n").getBytes(StandardCharsets.UTF_8);
        rsp.setStatus(status);
        rsp.setContentType("text/plain;charset=UTF-8");
        rsp.setHeader("X-Content-Type-Options", "nosniff");
        rsp.setContentLength(body.length);
        rsp.getOutputStream().write(body);
    }
}
