// Source: jenkinsci/jenkins core/src/main/java/hudson/XmlFile.java @ jenkins-2.541.3
package hudson;

import java.io.File;
import java.io.IOException;

public final class XmlFile {
    public XmlFile(File file) {
        throw new UnsupportedOperationException();
    }

    public File getFile() {
        throw new UnsupportedOperationException();
    }

    public Object read() throws IOException {
        throw new UnsupportedOperationException();
    }

    public void write(Object o) throws IOException {
        throw new UnsupportedOperationException();
    }

    public boolean exists() {
        throw new UnsupportedOperationException();
    }

    public void delete() throws IOException {
        throw new UnsupportedOperationException();
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException();
    }

    public String asString() throws IOException {
        throw new UnsupportedOperationException();
    }
}
