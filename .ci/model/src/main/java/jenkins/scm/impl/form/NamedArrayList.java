// Source: jenkinsci/scm-api-plugin src/main/java/jenkins/scm/impl/form/NamedArrayList.java @ 24df4bb455f2
package jenkins.scm.impl.form;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

public class NamedArrayList<E> extends ArrayList<E> {

    public NamedArrayList(@NonNull String name, Collection<? extends E> c) {
        throw new UnsupportedOperationException();
    }

    public NamedArrayList(@NonNull String name, E... elements) {
        throw new UnsupportedOperationException();
    }

    public final String getName() {
        throw new UnsupportedOperationException();
    }

    public static <E> void select(@NonNull List<? extends E> source, @NonNull String name,
            @CheckForNull Predicate<? super E> selector, boolean removeSelectedFromSource,
            @NonNull List<NamedArrayList<? extends E>> destination) {
        throw new UnsupportedOperationException();
    }

    public static <E> void select(@NonNull List<? extends E> source, @NonNull String name,
            @CheckForNull Predicate<? super E> selector, boolean removeSelectedFromSource,
            @NonNull List<NamedArrayList<? extends E>> destination, int index) {
        throw new UnsupportedOperationException();
    }

    public static <E> Predicate<E> allOf(final Predicate<? super E>... predicates) {
        throw new UnsupportedOperationException();
    }

    public static <E> Predicate<E> anyOf(final Predicate<E>... predicates) {
        throw new UnsupportedOperationException();
    }

    public static <A extends Annotation> Predicate<Object> withAnnotation(final Class<A> annotation) {
        throw new UnsupportedOperationException();
    }

    public interface Predicate<T> {
        boolean test(T t);
    }
}
