package io.jenkins.plugins.gogs.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.gogs.discovery.RefAdvertisement.AdvertisedTag;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading git's smart-HTTP advertisement: what git sends, and what it would refuse. */
class RefAdvertisementTest {

    private static final String A = "a".repeat(40);
    private static final String B = "b".repeat(40);
    private static final String C = "c".repeat(40);
    private static final String D = "d".repeat(40);
    private static final String CAPS =
            "multi_ack thin-pack side-band ofs-delta symref=HEAD:refs/heads/main agent=git/2.39";

    private static byte[] pkt(String... lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String line : lines) {
            if (line == null) {
                out.writeBytes("0000".getBytes(StandardCharsets.US_ASCII));
                continue;
            }
            byte[] payload = (line + "\n").getBytes(StandardCharsets.UTF_8);
            out.writeBytes(String.format("%04x", payload.length + 4).getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(payload);
        }
        return out.toByteArray();
    }

    @Test
    void readsBranchesTagsPeeledTagsPullRequestHeadsAndTheDefaultBranch() {
        RefAdvertisement refs = RefAdvertisement.parse(pkt(
                "# service=git-upload-pack",
                null,
                A + " HEAD\0" + CAPS,
                A + " refs/heads/main",
                B + " refs/heads/feature/ü.x",
                C + " refs/pull/12/head",
                B + " refs/pull/3/head",
                A + " refs/tags/v1",
                D + " refs/tags/v2",
                B + " refs/tags/v2^{}",
                null));

        assertThat(refs.branches()).containsExactly(Map.entry("main", A), Map.entry("feature/ü.x", B));
        assertThat(refs.tags())
                .containsExactly(
                        Map.entry("v1", new AdvertisedTag("v1", A, A)), Map.entry("v2", new AdvertisedTag("v2", D, B)));
        assertThat(refs.tags().get("v2").annotated()).isTrue();
        assertThat(refs.pullRequestHeads()).containsExactly(Map.entry(3L, B), Map.entry(12L, C));
        assertThat(refs.headBranch()).isEqualTo("main");
        assertThat(refs.isEmpty()).isFalse();
    }

    @Test
    void ignoresRefsThatAreNoBranchTagOrPullRequestHead() {
        RefAdvertisement refs = RefAdvertisement.parse(pkt(
                "# service=git-upload-pack",
                null,
                A + " refs/heads/main\0" + "ofs-delta",
                B + " refs/notes/commits",
                C + " refs/pull/7/merge",
                D + " refs/pull/x/head",
                null));

        assertThat(refs.branches()).containsOnlyKeys("main");
        assertThat(refs.pullRequestHeads()).isEmpty();
        assertThat(refs.headBranch()).isNull();
    }

    @Test
    void anEmptyRepositoryAdvertisesOnlyCapabilities() {
        RefAdvertisement refs = RefAdvertisement.parse(
                pkt("# service=git-upload-pack", null, "0".repeat(40) + " capabilities^{}\0" + CAPS, null));

        assertThat(refs.isEmpty()).isTrue();
    }

    @Test
    void refusesWhatGitWouldRefuse() {
        assertThatThrownBy(() -> RefAdvertisement.parse("<html>login</html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a packet length");
        assertThatThrownBy(() -> RefAdvertisement.parse(pkt("# service=git-upload-pack", null, A + " refs/heads/a")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("flush");
        byte[] truncated = pkt("# service=git-upload-pack", null, A + " refs/heads/main", null);
        assertThatThrownBy(() -> RefAdvertisement.parse(java.util.Arrays.copyOf(truncated, truncated.length - 30)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("runs past the end");
        assertThatThrownBy(() -> RefAdvertisement.parse(pkt("# service=git-upload-pack", null, "ERR access denied")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("access denied");
        assertThatThrownBy(() -> RefAdvertisement.parse(pkt("version 2", "ls-refs", null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("protocol v2");
        assertThatThrownBy(
                        () -> RefAdvertisement.parse(pkt("# service=git-upload-pack", null, "xyz refs/heads/a", null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a ref line");
    }
}
