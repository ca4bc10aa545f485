package io.jenkins.plugins.gogs.webhook;

import hudson.Extension;
import hudson.security.csrf.CrumbExclusion;
import io.jenkins.plugins.gogs.events.HookEndpoint;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Lets Gogs post deliveries without a crumb, to {@code /gogs-hook/post} and nowhere else: Gogs cannot ask for
 * a crumb, and deliveries are authenticated by their signature instead.
 */
@Extension
@Restricted(NoExternalUse.class)
public class GogsWebhookCrumbExclusion extends CrumbExclusion {

    @Override
    public boolean process(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (HookEndpoint.isDeliveryPath(request.getPathInfo())) {
            chain.doFilter(request, response);
            return true;
        }
        return false;
    }
}
