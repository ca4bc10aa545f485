// Source: jenkinsci/stapler core/src/main/java/org/kohsuke/stapler/Stapler.java @ 2050.v425108fd5089
package org.kohsuke.stapler;

import jakarta.servlet.http.HttpServlet;

public class Stapler extends HttpServlet {
    public static StaplerRequest2 getCurrentRequest2() {
        throw new UnsupportedOperationException();
    }

    public static StaplerResponse2 getCurrentResponse2() {
        throw new UnsupportedOperationException();
    }

    public static Stapler getCurrent() {
        throw new UnsupportedOperationException();
    }
}
