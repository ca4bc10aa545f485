package io.jenkins.plugins.gogs.config;

import java.util.ArrayList;
import java.util.List;
import org.htmlunit.HttpMethod;
import org.htmlunit.Page;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.util.NameValuePair;
import org.jvnet.hudson.test.JenkinsRule;

/** POSTs to the form methods of a server entry as a browser does (logged in, with a crumb), for JenkinsRule tests. */
final class FormPosts {

    static final String SERVER_DESCRIPTOR = "descriptorByName/io.jenkins.plugins.gogs.config.GogsServer/";

    private FormPosts() {}

    /** @param parameters name, value, name, value, ... */
    static WebResponse post(JenkinsRule j, String user, String method, String... parameters) throws Exception {
        return send(j, user, method, HttpMethod.POST, parameters);
    }

    static WebResponse get(JenkinsRule j, String user, String method, String... parameters) throws Exception {
        return send(j, user, method, HttpMethod.GET, parameters);
    }

    private static WebResponse send(JenkinsRule j, String user, String method, HttpMethod verb, String... parameters)
            throws Exception {
        JenkinsRule.WebClient browser = j.createWebClient().withThrowExceptionOnFailingStatusCode(false);
        browser.login(user);
        WebRequest request = new WebRequest(browser.createCrumbedUrl(SERVER_DESCRIPTOR + method), verb);
        List<NameValuePair> form = new ArrayList<>();
        for (int i = 0; i + 1 < parameters.length; i += 2) {
            form.add(new NameValuePair(parameters[i], parameters[i + 1]));
        }
        request.setRequestParameters(form);
        Page page = browser.getPage(request);
        return page.getWebResponse();
    }
}
