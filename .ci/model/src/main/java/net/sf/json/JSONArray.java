// Source: jenkinsci/json-lib src/main/java/net/sf/json/JSONArray.java @ json-lib-2.4-jenkins-15
package net.sf.json;

import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;

// Several List methods keep raw types as in the real source.
public final class JSONArray extends AbstractJSON implements JSON, List<Object>, Comparable {
    public static JSONArray fromObject(Object object) {
        throw new UnsupportedOperationException();
    }

    public JSONArray() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void add(int index, Object value) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean add(Object value) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean addAll(Collection collection) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean addAll(int index, Collection collection) {
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
    public boolean contains(Object o) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean containsAll(Collection collection) {
        throw new UnsupportedOperationException();
    }

    public JSONArray discard(int index) {
        throw new UnsupportedOperationException();
    }

    public JSONArray element(boolean value) {
        throw new UnsupportedOperationException();
    }

    public JSONArray element(Collection value) {
        throw new UnsupportedOperationException();
    }

    public JSONArray element(int value) {
        throw new UnsupportedOperationException();
    }

    public JSONArray element(long value) {
        throw new UnsupportedOperationException();
    }

    public JSONArray element(JSONObject value) {
        throw new UnsupportedOperationException();
    }

    public JSONArray element(Map value) {
        throw new UnsupportedOperationException();
    }

    public JSONArray element(Object value) {
        throw new UnsupportedOperationException();
    }

    public JSONArray element(String value) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean equals(Object obj) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Object get(int index) {
        throw new UnsupportedOperationException();
    }

    public boolean getBoolean(int index) {
        throw new UnsupportedOperationException();
    }

    public int getInt(int index) {
        throw new UnsupportedOperationException();
    }

    public JSONArray getJSONArray(int index) {
        throw new UnsupportedOperationException();
    }

    public JSONObject getJSONObject(int index) {
        throw new UnsupportedOperationException();
    }

    public long getLong(int index) {
        throw new UnsupportedOperationException();
    }

    public String getString(int index) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int hashCode() {
        throw new UnsupportedOperationException();
    }

    @Override
    public int indexOf(Object o) {
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

    @Override
    public Iterator iterator() {
        throw new UnsupportedOperationException();
    }

    public String join(String separator) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int lastIndexOf(Object o) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ListIterator listIterator() {
        throw new UnsupportedOperationException();
    }

    @Override
    public ListIterator listIterator(int index) {
        throw new UnsupportedOperationException();
    }

    public Object opt(int index) {
        throw new UnsupportedOperationException();
    }

    public JSONObject optJSONObject(int index) {
        throw new UnsupportedOperationException();
    }

    public String optString(int index) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Object remove(int index) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean remove(Object o) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean removeAll(Collection collection) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean retainAll(Collection collection) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Object set(int index, Object value) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int size() {
        throw new UnsupportedOperationException();
    }

    @Override
    public List subList(int fromIndex, int toIndex) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Object[] toArray() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Object[] toArray(Object[] array) {
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
}
