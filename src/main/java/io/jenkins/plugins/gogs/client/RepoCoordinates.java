package io.jenkins.plugins.gogs.client;

/** Owner and name of one repository, and the start of every path under {@code /repos/:owner/:repo}. */
record RepoCoordinates(String owner, String name) {

    RepoCoordinates {
        if (owner == null || owner.isBlank() || name == null || name.isBlank()) {
            throw new IllegalArgumentException("A repository needs an owner and a name");
        }
    }

    ApiPath path(String... literalSegments) {
        ApiPath path = ApiPath.of("repos").segment(owner).segment(name);
        for (String s : literalSegments) {
            path.segment(s);
        }
        return path;
    }

    @Override
    public String toString() {
        return owner + "/" + name;
    }
}
