// Source: jenkinsci/stapler core/src/main/java/org/kohsuke/stapler/StaplerResponse2.java @ 2050.v425108fd5089
package org.kohsuke.stapler;

import edu.umd.cs.findbugs.annotations.NonNull;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URL;

public interface StaplerResponse2 extends HttpServletResponse {
    void forward(Object it, String url, StaplerRequest2 request) throws ServletException, IOException;

    void forwardToPreviousPage(StaplerRequest2 request) throws ServletException, IOException;

    void sendRedirect2(@NonNull String url) throws IOException;

    void sendRedirect(int statusCore, @NonNull String url) throws IOException;

    void serveFile(StaplerRequest2 request, URL res) throws ServletException, IOException;
}
