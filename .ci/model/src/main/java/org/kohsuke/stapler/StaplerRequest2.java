// Source: jenkinsci/stapler core/src/main/java/org/kohsuke/stapler/StaplerRequest2.java @ 2050.v425108fd5089
package org.kohsuke.stapler;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Type;
import java.util.List;
import net.sf.json.JSONObject;

public interface StaplerRequest2 extends HttpServletRequest {
    Stapler getStapler();

    String getRestOfPath();

    String getOriginalRestOfPath();

    String getRequestURIWithQueryString();

    StringBuffer getRequestURLWithQueryString();

    String getRootPath();

    String getReferer();

    <T> T findAncestorObject(Class<T> type);

    boolean hasParameter(String name);

    String getOriginalRequestURI();

    void bindParameters(Object bean);

    <T> T bindJSON(Class<T> type, JSONObject src);

    <T> T bindJSON(Type genericType, Class<T> erasure, Object json);

    void bindJSON(Object bean, JSONObject src);

    <T> List<T> bindJSONToList(Class<T> type, Object src);

    JSONObject getSubmittedForm() throws ServletException;
}
