// Source: jenkinsci/json-lib src/main/java/net/sf/json/JSONException.java @ json-lib-2.4-jenkins-15
package net.sf.json;

public class JSONException extends RuntimeException {
    public JSONException() {
        throw new UnsupportedOperationException();
    }

    public JSONException(String msg) {
        throw new UnsupportedOperationException();
    }

    public JSONException(String msg, Throwable cause) {
        throw new UnsupportedOperationException();
    }

    public JSONException(Throwable cause) {
        throw new UnsupportedOperationException();
    }
}
