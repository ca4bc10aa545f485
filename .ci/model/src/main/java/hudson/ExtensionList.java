// Source: jenkinsci/jenkins core/src/main/java/hudson/ExtensionList.java @ jenkins-2.541.3
package hudson;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.AbstractList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import jenkins.model.Jenkins;
import jenkins.util.io.OnMaster;

public class ExtensionList<T> extends AbstractList<T> implements OnMaster {
    public final @CheckForNull Jenkins jenkins;
    public final Class<T> extensionType;

    protected ExtensionList(Jenkins jenkins, Class<T> extensionType) {
        throw new UnsupportedOperationException();
    }

    public @CheckForNull <U extends T> U get(@NonNull Class<U> type) {
        throw new UnsupportedOperationException();
    }

    public @NonNull <U extends T> U getInstance(@NonNull Class<U> type) throws IllegalStateException {
        throw new UnsupportedOperationException();
    }

    @Override
    public @NonNull Iterator<T> iterator() {
        throw new UnsupportedOperationException();
    }

    @Override
    public T get(int index) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int size() {
        throw new UnsupportedOperationException();
    }

    public List<T> reverseView() {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean remove(Object o) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        throw new UnsupportedOperationException();
    }

    @Override
    public final synchronized T remove(int index) {
        throw new UnsupportedOperationException();
    }

    @Override
    @Deprecated
    public boolean add(T t) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void add(int index, T element) {
        throw new UnsupportedOperationException();
    }

    public T getDynamic(String className) {
        throw new UnsupportedOperationException();
    }

    public static <T> ExtensionList<T> create(Jenkins jenkins, Class<T> type) {
        throw new UnsupportedOperationException();
    }

    public static @NonNull <T> ExtensionList<T> lookup(Class<T> type) {
        throw new UnsupportedOperationException();
    }

    public static @NonNull <U> U lookupSingleton(Class<U> type) {
        throw new UnsupportedOperationException();
    }

    public static @NonNull <U> U lookupFirst(Class<U> type) {
        throw new UnsupportedOperationException();
    }
}
