// Source: jenkinsci/jenkins core/src/main/java/hudson/ProxyConfiguration.java @ jenkins-2.541.3
package hudson;

import hudson.model.Describable;
import hudson.model.Saveable;
import hudson.util.Secret;
import java.io.IOException;
import java.io.Serializable;
import java.net.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.regex.Pattern;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

public final class ProxyConfiguration implements Describable<ProxyConfiguration>, Saveable, Serializable {
    public final String name;
    public final int port;

    @DataBoundConstructor
    public ProxyConfiguration(String name, int port) {
        throw new UnsupportedOperationException();
    }

    public ProxyConfiguration(String name, int port, String userName, String password) {
        throw new UnsupportedOperationException();
    }

    public ProxyConfiguration(String name, int port, String userName, String password, String noProxyHost) {
        throw new UnsupportedOperationException();
    }

    public ProxyConfiguration(String name, int port, String userName, String password, String noProxyHost, String testUrl) {
        throw new UnsupportedOperationException();
    }

    public String getUserName() {
        throw new UnsupportedOperationException();
    }

    public Secret getSecretPassword() {
        throw new UnsupportedOperationException();
    }

    public String getTestUrl() {
        throw new UnsupportedOperationException();
    }

    public int getPort() {
        throw new UnsupportedOperationException();
    }

    public String getName() {
        throw new UnsupportedOperationException();
    }

    public List<Pattern> getNoProxyHostPatterns() {
        throw new UnsupportedOperationException();
    }

    public String getNoProxyHost() {
        throw new UnsupportedOperationException();
    }

    public static List<Pattern> getNoProxyHostPatterns(String noProxyHost) {
        throw new UnsupportedOperationException();
    }

    @DataBoundSetter
    public void setSecretPassword(Secret secretPassword) {
        throw new UnsupportedOperationException();
    }

    @DataBoundSetter
    public void setTestUrl(String testUrl) {
        throw new UnsupportedOperationException();
    }

    @DataBoundSetter
    public void setUserName(String userName) {
        throw new UnsupportedOperationException();
    }

    @DataBoundSetter
    public void setNoProxyHost(String noProxyHost) {
        throw new UnsupportedOperationException();
    }

    public Proxy createProxy(String host) {
        throw new UnsupportedOperationException();
    }

    public static Proxy createProxy(String host, String name, int port, String noProxyHost) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void save() throws IOException {
        throw new UnsupportedOperationException();
    }

    public static ProxyConfiguration load() throws IOException {
        throw new UnsupportedOperationException();
    }

    public static HttpClient newHttpClient() {
        throw new UnsupportedOperationException();
    }

    public static HttpClient.Builder newHttpClientBuilder() {
        throw new UnsupportedOperationException();
    }

    public static HttpRequest.Builder newHttpRequestBuilder(URI uri) {
        throw new UnsupportedOperationException();
    }
}
