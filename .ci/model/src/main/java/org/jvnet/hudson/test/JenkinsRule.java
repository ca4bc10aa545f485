// Source: jenkinsci/jenkins-test-harness src/main/java/org/jvnet/hudson/test/JenkinsRule.java @ 96b52f4248886b9bdd7015095e1de83d8e0b7599
package org.jvnet.hudson.test;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.PluginManager;
import hudson.model.Descriptor;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Item;
import hudson.model.Job;
import hudson.model.Node;
import hudson.model.Queue;
import hudson.model.Result;
import hudson.model.RootAction;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.model.TopLevelItem;
import hudson.model.User;
import hudson.security.AbstractPasswordBasedSecurityRealm;
import hudson.tasks.Builder;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import jenkins.model.Jenkins;
import jenkins.model.ParameterizedJobMixIn;
import net.sf.json.JSON;
import net.sf.json.JSONObject;
import org.htmlunit.Page;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.WebResponseWrapper;
import org.htmlunit.xml.XmlPage;
import org.junit.rules.MethodRule;
import org.junit.rules.TestRule;
import org.junit.runner.Description;
import org.junit.runners.model.FrameworkMethod;
import org.junit.runners.model.Statement;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.xml.sax.SAXException;

// What JUnit 5 tests with @WithJenkins use; agents, folders, views, clouds and recipes are not modelled.
public class JenkinsRule implements TestRule, MethodRule, RootAction {
    public Jenkins jenkins;
    public String contextPath;
    public int timeout;

    public Jenkins getInstance() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Statement apply(Statement base, FrameworkMethod method, Object target) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Statement apply(final Statement base, final Description description) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String getIconFileName() {
        throw new UnsupportedOperationException();
    }

    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException();
    }

    @Override
    public String getUrlName() {
        throw new UnsupportedOperationException();
    }

    public PluginManager getPluginManager() {
        throw new UnsupportedOperationException();
    }

    public <T extends TopLevelItem> T createProject(Class<T> type, String name) throws IOException {
        throw new UnsupportedOperationException();
    }

    public <T extends TopLevelItem> T createProject(Class<T> type) throws IOException {
        throw new UnsupportedOperationException();
    }

    public FreeStyleProject createFreeStyleProject() throws IOException {
        throw new UnsupportedOperationException();
    }

    public FreeStyleProject createFreeStyleProject(String name) throws IOException {
        throw new UnsupportedOperationException();
    }

    public DummySecurityRealm createDummySecurityRealm() {
        throw new UnsupportedOperationException();
    }

    public static class DummySecurityRealm extends AbstractPasswordBasedSecurityRealm {
        DummySecurityRealm() {
            throw new UnsupportedOperationException();
        }

        @Override
        protected UserDetails authenticate2(String username, String password) throws AuthenticationException {
            throw new UnsupportedOperationException();
        }

        @Override
        public UserDetails loadUserByUsername2(String username) throws UsernameNotFoundException {
            throw new UnsupportedOperationException();
        }

        public void addGroups(String username, String... groups) {
            throw new UnsupportedOperationException();
        }
    }

    public URL getURL() throws IOException {
        throw new UnsupportedOperationException();
    }

    public String createApiToken(@NonNull User user) {
        throw new UnsupportedOperationException();
    }

    public JSONWebResponse getJSON(@NonNull String path) throws IOException {
        throw new UnsupportedOperationException();
    }

    public JSONWebResponse postJSON(@NonNull String path, @NonNull Object json) throws IOException, SAXException {
        throw new UnsupportedOperationException();
    }

    public static class JSONWebResponse extends WebResponseWrapper {
        public JSONWebResponse(WebResponse webResponse) throws IllegalArgumentException {
            super(webResponse);
            throw new UnsupportedOperationException();
        }

        public JSONObject getJSONObject() {
            throw new UnsupportedOperationException();
        }
    }

    public void configRoundtrip() throws Exception {
        throw new UnsupportedOperationException();
    }

    public <P extends Item> P configRoundtrip(P job) throws Exception {
        throw new UnsupportedOperationException();
    }

    public <B extends Builder> B configRoundtrip(B before) throws Exception {
        throw new UnsupportedOperationException();
    }

    public User configRoundtrip(User u) throws Exception {
        throw new UnsupportedOperationException();
    }

    public <N extends Node> N configRoundtrip(N node) throws Exception {
        throw new UnsupportedOperationException();
    }

    public <R extends Run> R assertBuildStatus(Result status, R r) throws Exception {
        throw new UnsupportedOperationException();
    }

    public <R extends Run> R assertBuildStatus(Result status, Future<? extends R> r) throws Exception {
        throw new UnsupportedOperationException();
    }

    public boolean isGoodHttpStatus(int status) {
        throw new UnsupportedOperationException();
    }

    public void assertGoodStatus(Page page) {
        throw new UnsupportedOperationException();
    }

    public <R extends Run> R assertBuildStatusSuccess(R r) throws Exception {
        throw new UnsupportedOperationException();
    }

    public <R extends Run> R assertBuildStatusSuccess(Future<? extends R> r) throws Exception {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public <J extends Job<J, R> & ParameterizedJobMixIn.ParameterizedJob<J, R>, R extends Run<J, R> & Queue.Executable> R buildAndAssertSuccess(@NonNull J job) throws Exception {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public <J extends Job<J, R> & ParameterizedJobMixIn.ParameterizedJob<J, R>, R extends Run<J, R> & Queue.Executable> R buildAndAssertStatus(@NonNull Result status, @NonNull J job) throws Exception {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public FreeStyleBuild buildAndAssertSuccess(@NonNull FreeStyleProject job) throws Exception {
        throw new UnsupportedOperationException();
    }

    public void assertLogContains(String substring, Run run) throws IOException {
        throw new UnsupportedOperationException();
    }

    public void assertLogNotContains(String substring, Run run) throws IOException {
        throw new UnsupportedOperationException();
    }

    public static String getLog(Run run) throws IOException {
        throw new UnsupportedOperationException();
    }

    public <R extends Run<?, ?>> R waitForCompletion(R r) throws InterruptedException {
        throw new UnsupportedOperationException();
    }

    public <R extends Run<?, ?>> R waitForMessage(String message, R r) throws IOException, InterruptedException {
        throw new UnsupportedOperationException();
    }

    public void assertStringContains(String message, String haystack, String needle) {
        throw new UnsupportedOperationException();
    }

    public void assertStringContains(String haystack, String needle) {
        throw new UnsupportedOperationException();
    }

    public HtmlPage submit(HtmlForm form) throws Exception {
        throw new UnsupportedOperationException();
    }

    public HtmlPage submit(HtmlForm form, String name) throws Exception {
        throw new UnsupportedOperationException();
    }

    public TaskListener createTaskListener() {
        throw new UnsupportedOperationException();
    }

    public void assertEqualBeans(Object lhs, Object rhs, String properties) throws InvocationTargetException, IllegalAccessException, NoSuchMethodException {
        throw new UnsupportedOperationException();
    }

    public void assertEqualDataBoundBeans(Object lhs, Object rhs) throws InvocationTargetException, NoSuchMethodException, IllegalAccessException {
        throw new UnsupportedOperationException();
    }

    public void assertEqualDataBoundBeans(List<?> lhs, List<?> rhs) throws Exception {
        throw new UnsupportedOperationException();
    }

    public <T extends Descriptor<?>> T get(Class<T> d) {
        throw new UnsupportedOperationException();
    }

    public boolean isSomethingHappening() {
        throw new UnsupportedOperationException();
    }

    public void waitUntilNoActivity() throws Exception {
        throw new UnsupportedOperationException();
    }

    public void waitUntilNoActivityUpTo(int timeout) throws Exception {
        throw new UnsupportedOperationException();
    }

    public <V> V executeOnServer(Callable<V> c) throws Exception {
        throw new UnsupportedOperationException();
    }

    public WebClient createWebClient() {
        throw new UnsupportedOperationException();
    }

    public class WebClient extends org.htmlunit.WebClient {
        public WebClient() {
            throw new UnsupportedOperationException();
        }

        public WebClient login(String username, String password) throws Exception {
            throw new UnsupportedOperationException();
        }

        public WebClient withJavaScriptEnabled(boolean enabled) {
            throw new UnsupportedOperationException();
        }

        public boolean isThrowExceptionOnFailingStatusCode() {
            throw new UnsupportedOperationException();
        }

        public void setThrowExceptionOnFailingStatusCode(boolean enabled) {
            throw new UnsupportedOperationException();
        }

        public WebClient withThrowExceptionOnFailingStatusCode(boolean enabled) {
            throw new UnsupportedOperationException();
        }

        public WebClient withRedirectEnabled(boolean enabled) {
            throw new UnsupportedOperationException();
        }

        public WebClient login(String username, String password, boolean rememberMe) throws Exception {
            throw new UnsupportedOperationException();
        }

        public WebClient login(String username) throws Exception {
            throw new UnsupportedOperationException();
        }

        public <V> V executeOnServer(final Callable<V> c) throws Exception {
            throw new UnsupportedOperationException();
        }

        public HtmlPage getPage(Run r) throws IOException, SAXException {
            throw new UnsupportedOperationException();
        }

        public HtmlPage getPage(Run r, String relative) throws IOException, SAXException {
            throw new UnsupportedOperationException();
        }

        public HtmlPage getPage(Item item) throws IOException, SAXException {
            throw new UnsupportedOperationException();
        }

        public HtmlPage getPage(Item item, String relative) throws IOException, SAXException {
            throw new UnsupportedOperationException();
        }

        public HtmlPage getPage(Node item) throws IOException, SAXException {
            throw new UnsupportedOperationException();
        }

        public HtmlPage getPage(Node item, String relative) throws IOException, SAXException {
            throw new UnsupportedOperationException();
        }

        public HtmlPage goTo(String relative) throws IOException, SAXException {
            throw new UnsupportedOperationException();
        }

        public Page goTo(String relative, @CheckForNull String expectedContentType) throws IOException, SAXException {
            throw new UnsupportedOperationException();
        }

        public XmlPage goToXml(String path) throws IOException, SAXException {
            throw new UnsupportedOperationException();
        }

        public void assertFails(String url, int statusCode) throws Exception {
            throw new UnsupportedOperationException();
        }

        public String getContextPath() throws IOException {
            throw new UnsupportedOperationException();
        }

        public WebRequest addCrumb(WebRequest req) {
            throw new UnsupportedOperationException();
        }

        public URL createCrumbedUrl(String relativePath) throws IOException {
            throw new UnsupportedOperationException();
        }

        public @NonNull WebClient withBasicCredentials(@NonNull String login, @NonNull String passwordOrToken) {
            throw new UnsupportedOperationException();
        }

        public @NonNull WebClient withBasicCredentials(@NonNull String loginAndPassword) {
            throw new UnsupportedOperationException();
        }

        public @NonNull WebClient withBasicApiToken(@NonNull User user) {
            throw new UnsupportedOperationException();
        }

        public @NonNull WebClient withBasicApiToken(@NonNull String userId) {
            throw new UnsupportedOperationException();
        }

        public JSONWebResponse getJSON(@NonNull String path) throws IOException {
            throw new UnsupportedOperationException();
        }

        public JSONWebResponse putJSON(@NonNull String path, @NonNull JSON json) throws IOException {
            throw new UnsupportedOperationException();
        }

        public JSONWebResponse postJSON(@NonNull String path, @NonNull JSON json) throws IOException {
            throw new UnsupportedOperationException();
        }
    }
}
