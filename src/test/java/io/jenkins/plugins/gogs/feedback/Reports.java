package io.jenkins.plugins.gogs.feedback;

/** Build reports for the tests, with the fields that matter set and plausible values elsewhere. */
final class Reports {

    static final String JENKINS = "http://jenkins.example.com/";

    private Reports() {}

    static BuildReport running(String job, int number, String commit, long startedAt) {
        return report(job, number, BuildStatus.RUNNING, commit, -1, null, startedAt);
    }

    static BuildReport finished(String job, int number, BuildStatus status, String commit, long startedAt) {
        return report(job, number, status, commit, 63_000, null, startedAt);
    }

    static BuildReport report(
            String job,
            int number,
            BuildStatus status,
            String commit,
            long durationMillis,
            String failingStage,
            long startedAt) {
        String build = JENKINS + "job/app/job/" + job + "/" + number + "/";
        return new BuildReport(
                job,
                number,
                status,
                commit,
                commit == null ? null : "http://gogs.example.com/alice/app/commit/" + commit,
                durationMillis,
                build,
                build + "console",
                failingStage,
                startedAt);
    }

    /** A 40-character SHA made from a short hex prefix. */
    static String sha(String prefix) {
        return (prefix + "0".repeat(40)).substring(0, 40);
    }
}
