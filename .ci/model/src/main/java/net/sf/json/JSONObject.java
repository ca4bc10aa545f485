// Source: jenkinsci/json-lib src/main/java/net/sf/json/JSONObject.java @ json-lib-2.4-jenkins-15
package net.sf.json;

import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

// The Jenkins fork implements the generic Map<String, Object>; several Map methods keep raw types as in the real source.
public final class JSONObject extends AbstractJSON implements JSON, Map<String, Object>, Comparable {
    public static JSONObject fromObject(Object object) {
        throw new UnsupportedOperationException();
    }

    public JSONObject() {
        throw new UnsupportedOperationException();
    }

    public JSONObject(boolean isNull) {
        throw new UnsupportedOperationException();
    }

    public JSONObject accumulate(String key, Object value) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void clear() {
        throw new UnsupportedOperationException();
    }

    @Override
    public int compareTo(Object obj) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean containsKey(Object key) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean containsValue(Object value) {
        throw new UnsupportedOperationException();
    }

    public JSONObject discard(String key) {
        throw new UnsupportedOperationException();
    }

    public JSONObject element(String key, boolean value) {
        throw new UnsupportedOperationException();
    }

    public JSONObject element(String key, Collection value) {
        throw new UnsupportedOperationException();
    }

    public JSONObject element(String key, double value) {
        throw new UnsupportedOperationException();
    }

    public JSONObject element(String key, int value) {
        throw new UnsupportedOperationException();
    }

    public JSONObject element(String key, long value) {
        throw new UnsupportedOperationException();
    }

    public JSONObject element(String key, Map value) {
        throw new UnsupportedOperationException();
    }

    public JSONObject element(String key, Object value) {
        throw new UnsupportedOperationException();
    }

    public JSONObject elementOpt(String key, Object value) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Set entrySet() {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean equals(Object obj) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Object get(Object key) {
        throw new UnsupportedOperationException();
    }

    public Object get(String key) {
        throw new UnsupportedOperationException();
    }

    public boolean getBoolean(String key) {
        throw new UnsupportedOperationException();
    }

    public double getDouble(String key) {
        throw new UnsupportedOperationException();
    }

    public int getInt(String key) {
        throw new UnsupportedOperationException();
    }

    public JSONArray getJSONArray(String key) {
        throw new UnsupportedOperationException();
    }

    public JSONObject getJSONObject(String key) {
        throw new UnsupportedOperationException();
    }

    public long getLong(String key) {
        throw new UnsupportedOperationException();
    }

    public String getString(String key) {
        throw new UnsupportedOperationException();
    }

    public boolean has(String key) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int hashCode() {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean isArray() {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean isEmpty() {
        throw new UnsupportedOperationException();
    }

    public boolean isNullObject() {
        throw new UnsupportedOperationException();
    }

    public Iterator<String> keys() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Set<String> keySet() {
        throw new UnsupportedOperationException();
    }

    public JSONArray names() {
        throw new UnsupportedOperationException();
    }

    public Object opt(String key) {
        throw new UnsupportedOperationException();
    }

    public boolean optBoolean(String key) {
        throw new UnsupportedOperationException();
    }

    public boolean optBoolean(String key, boolean defaultValue) {
        throw new UnsupportedOperationException();
    }

    public double optDouble(String key) {
        throw new UnsupportedOperationException();
    }

    public double optDouble(String key, double defaultValue) {
        throw new UnsupportedOperationException();
    }

    public int optInt(String key) {
        throw new UnsupportedOperationException();
    }

    public int optInt(String key, int defaultValue) {
        throw new UnsupportedOperationException();
    }

    public JSONArray optJSONArray(String key) {
        throw new UnsupportedOperationException();
    }

    public JSONObject optJSONObject(String key) {
        throw new UnsupportedOperationException();
    }

    public long optLong(String key) {
        throw new UnsupportedOperationException();
    }

    public long optLong(String key, long defaultValue) {
        throw new UnsupportedOperationException();
    }

    public String optString(String key) {
        throw new UnsupportedOperationException();
    }

    public String optString(String key, String defaultValue) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Object put(String key, Object value) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void putAll(Map map) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Object remove(Object key) {
        throw new UnsupportedOperationException();
    }

    public Object remove(String key) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int size() {
        throw new UnsupportedOperationException();
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException();
    }

    @Override
    public String toString(int indentFactor) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String toString(int indentFactor, int indent) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Collection values() {
        throw new UnsupportedOperationException();
    }
}
