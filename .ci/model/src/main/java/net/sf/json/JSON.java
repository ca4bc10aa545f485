// Source: jenkinsci/json-lib src/main/java/net/sf/json/JSON.java @ json-lib-2.4-jenkins-15
package net.sf.json;

import java.io.Serializable;

public interface JSON extends Serializable {
    boolean isArray();

    boolean isEmpty();

    int size();

    String toString(int indentFactor);

    String toString(int indentFactor, int indent);
}
