// Source: jenkinsci/json-lib src/main/java/net/sf/json/AbstractJSON.java @ json-lib-2.4-jenkins-15
package net.sf.json;

// Package-private superclass of JSONObject and JSONArray; its members are not modelled.
abstract class AbstractJSON implements JSON {
}
