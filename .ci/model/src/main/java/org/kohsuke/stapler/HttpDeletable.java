// Source: jenkinsci/stapler core/src/main/java/org/kohsuke/stapler/HttpDeletable.java @ 2050.v425108fd5089
package org.kohsuke.stapler;

import jakarta.servlet.ServletException;
import java.io.IOException;

public interface HttpDeletable {
    default void delete(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException, ServletException {
        throw new UnsupportedOperationException();
    }
}
