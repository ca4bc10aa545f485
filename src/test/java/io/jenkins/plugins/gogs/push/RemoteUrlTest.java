package io.jenkins.plugins.gogs.push;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How remote URLs are taken apart: the forms git accepts, and what is not a remote of a Gogs server. */
class RemoteUrlTest {

    @Test
    void httpUrlsLoseUserInfoTrailingSlashesAndDotGit() {
        assertThat(RemoteUrl.parse("https://ci:t0k3n@Gogs.Example.com/gogs/Acme/App.git/"))
                .contains(new RemoteUrl("https", "gogs.example.com", 443, "gogs/Acme/App"));
        assertThat(RemoteUrl.parse("http://gogs.example.com:3000/acme/app"))
                .contains(new RemoteUrl("http", "gogs.example.com", 3000, "acme/app"));
        assertThat(RemoteUrl.parse("https://[::1]:8443/acme/app.git"))
                .contains(new RemoteUrl("https", "::1", 8443, "acme/app"));
    }

    @Test
    void sshUrlsInBothSyntaxes() {
        assertThat(RemoteUrl.parse("ssh://git@gogs.example.com:2222/acme/app.git"))
                .contains(new RemoteUrl("ssh", "gogs.example.com", 2222, "acme/app"));
        assertThat(RemoteUrl.parse("git+ssh://gogs.example.com/acme/app"))
                .contains(new RemoteUrl("ssh", "gogs.example.com", 22, "acme/app"));
        assertThat(RemoteUrl.parse("git@gogs.example.com:acme/app.git"))
                .contains(new RemoteUrl("ssh", "gogs.example.com", 22, "acme/app"));
        assertThat(RemoteUrl.parse("gogs.example.com:/acme/app"))
                .contains(new RemoteUrl("ssh", "gogs.example.com", 22, "acme/app"));
        assertThat(RemoteUrl.parse("git@[fd00::5]:acme/app.git"))
                .contains(new RemoteUrl("ssh", "fd00::5", 22, "acme/app"));
    }

    @Test
    void ownerAndNameAreTheLastTwoSegmentsAndTheRestIsTheBase() {
        RemoteUrl url =
                RemoteUrl.parse("https://example.com/tools/gogs/acme/app.git").orElseThrow();

        assertThat(url.ownerAndName())
                .hasValueSatisfying(parts -> assertThat(parts).containsExactly("acme", "app"));
        assertThat(url.basePath()).isEqualTo("tools/gogs");
        assertThat(RemoteUrl.parse("https://example.com/app.git").orElseThrow().ownerAndName())
                .isEmpty();
    }

    @Test
    void localPathsOtherProtocolsAndVariablesAreNoRemotes() {
        for (String text : new String[] {
            "",
            "  ",
            "/srv/git/app.git",
            "./app",
            "C:\\repos\\app",
            "C:/repos/app",
            "file:///srv/git/app.git",
            "git://gogs.example.com/acme/app.git",
            "https://${GOGS_HOST}/acme/app.git",
            "https://:443/acme/app",
            "ssh://gogs.example.com:notaport/acme/app"
        }) {
            assertThat(RemoteUrl.parse(text)).as(text).isEmpty();
        }
        assertThat(RemoteUrl.parse(null)).isEmpty();
    }
}
