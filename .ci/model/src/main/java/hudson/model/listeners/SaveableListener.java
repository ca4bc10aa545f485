// Source: jenkinsci/jenkins core/src/main/java/hudson/model/listeners/SaveableListener.java @ jenkins-2.541.3
package hudson.model.listeners;

import hudson.ExtensionList;
import hudson.ExtensionPoint;
import hudson.XmlFile;
import hudson.model.Saveable;

public abstract class SaveableListener implements ExtensionPoint {
    public void onChange(Saveable o, XmlFile file) {
        throw new UnsupportedOperationException();
    }

    public void onDeleted(Saveable o, XmlFile file) {
        throw new UnsupportedOperationException();
    }

    public void unregister() {
        throw new UnsupportedOperationException();
    }

    public static void fireOnChange(Saveable o, XmlFile file) {
        throw new UnsupportedOperationException();
    }

    public static void fireOnDeleted(Saveable o, XmlFile file) {
        throw new UnsupportedOperationException();
    }

    public static ExtensionList<SaveableListener> all() {
        throw new UnsupportedOperationException();
    }
}
