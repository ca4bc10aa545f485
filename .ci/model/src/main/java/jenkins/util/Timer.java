// Source: jenkinsci/jenkins core/src/main/java/jenkins/util/Timer.java @ jenkins-2.541.3
package jenkins.util;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.concurrent.ScheduledExecutorService;

public class Timer {
    private Timer() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public static synchronized ScheduledExecutorService get() {
        throw new UnsupportedOperationException();
    }
}
