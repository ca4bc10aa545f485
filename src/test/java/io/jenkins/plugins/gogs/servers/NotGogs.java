package io.jenkins.plugins.gogs.servers;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;

/**
 * Local endpoints that are not Gogs, for the failures a real Gogs cannot produce: a web server answering HTML, a
 * port that accepts connections but never answers, a port where nothing listens.
 */
final class NotGogs {

    private NotGogs() {}

    /** A web server answering every request with an HTML page and the given status. Close it after the test. */
    static HttpServer htmlServer(int status) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                byte[] page = "<!DOCTYPE html><html><body><h1>Welcome to the intranet</h1></body></html>"
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(status, page.length);
                try (OutputStream body = exchange.getResponseBody()) {
                    body.write(page);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String url(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * A socket that is listening but never accepts: the kernel completes the TCP handshake, so a client connects,
     * sends its request and waits for an answer that never comes.
     */
    static ServerSocket silentSocket() {
        try {
            return new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A local port where nothing listens (it was free a moment ago). */
    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
