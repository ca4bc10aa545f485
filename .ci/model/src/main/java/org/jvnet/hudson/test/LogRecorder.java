// Source: jenkinsci/jenkins-test-harness src/main/java/org/jvnet/hudson/test/LogRecorder.java @ 96b52f4248886b9bdd7015095e1de83d8e0b7599
package org.jvnet.hudson.test;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;

public class LogRecorder implements AutoCloseable {
    public LogRecorder() {
        throw new UnsupportedOperationException();
    }

    public LogRecorder quiet() {
        throw new UnsupportedOperationException();
    }

    public LogRecorder capture(int maximum) {
        throw new UnsupportedOperationException();
    }

    public LogRecorder record(Class<?> clazz, Level level) {
        throw new UnsupportedOperationException();
    }

    public List<LogRecord> getRecords() {
        throw new UnsupportedOperationException();
    }

    public List<String> getMessages() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void close() {
        throw new UnsupportedOperationException();
    }
}
