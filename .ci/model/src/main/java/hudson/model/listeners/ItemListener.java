// Source: jenkinsci/jenkins core/src/main/java/hudson/model/listeners/ItemListener.java @ jenkins-2.541.3
package hudson.model.listeners;

import hudson.ExtensionList;
import hudson.ExtensionPoint;
import hudson.model.Item;

public class ItemListener implements ExtensionPoint {
    public void onCreated(Item item) {
        throw new UnsupportedOperationException();
    }

    public void onCopied(Item src, Item item) {
        throw new UnsupportedOperationException();
    }

    public void onLoaded() {
        throw new UnsupportedOperationException();
    }

    public void onDeleted(Item item) {
        throw new UnsupportedOperationException();
    }

    public void onRenamed(Item item, String oldName, String newName) {
        throw new UnsupportedOperationException();
    }

    public void onLocationChanged(Item item, String oldFullName, String newFullName) {
        throw new UnsupportedOperationException();
    }

    public void onUpdated(Item item) {
        throw new UnsupportedOperationException();
    }

    public void onBeforeShutdown() {
        throw new UnsupportedOperationException();
    }

    public static ExtensionList<ItemListener> all() {
        throw new UnsupportedOperationException();
    }

    public static void fireOnCreated(final Item item) {
        throw new UnsupportedOperationException();
    }

    public static void fireOnUpdated(final Item item) {
        throw new UnsupportedOperationException();
    }

    public static void fireOnDeleted(final Item item) {
        throw new UnsupportedOperationException();
    }
}
