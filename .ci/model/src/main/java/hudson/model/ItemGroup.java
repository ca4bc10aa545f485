// Source: jenkinsci/jenkins core/src/main/java/hudson/model/ItemGroup.java @ jenkins-2.541.3
package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import jenkins.model.FullyNamed;
import jenkins.model.FullyNamedModelObject;
import org.springframework.security.access.AccessDeniedException;

public interface ItemGroup<T extends Item> extends FullyNamed, FullyNamedModelObject, PersistenceRoot {
    Collection<T> getItems();

    default Collection<T> getItems(Predicate<T> pred) {
        throw new UnsupportedOperationException();
    }

    default Stream<T> getItemsStream() {
        throw new UnsupportedOperationException();
    }

    default Stream<T> getItemsStream(Predicate<T> pred) {
        throw new UnsupportedOperationException();
    }

    String getUrl();

    @CheckForNull
    T getItem(String name) throws AccessDeniedException;

    default <T extends Item> List<T> getAllItems(Class<T> type) {
        throw new UnsupportedOperationException();
    }

    default <T extends Item> List<T> getAllItems(Class<T> type, Predicate<T> pred) {
        throw new UnsupportedOperationException();
    }

    default <T extends Item> Iterable<T> allItems(Class<T> type) {
        throw new UnsupportedOperationException();
    }

    default <T extends Item> Iterable<T> allItems(Class<T> type, Predicate<T> pred) {
        throw new UnsupportedOperationException();
    }

    default List<Item> getAllItems() {
        throw new UnsupportedOperationException();
    }

    default Iterable<Item> allItems() {
        throw new UnsupportedOperationException();
    }
}
