package io.jenkins.plugins.gogs.client.model;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One entry of {@code /contents}: a file (with its base64 {@code content}), a directory, a symlink ({@code target})
 * or a submodule ({@code submoduleGitUrl}). {@code sha} is the blob or tree id. Gogs' {@code download_url} is wrong
 * for nested files and is not offered.
 */
public record ContentEntry(
        String type,
        String name,
        String path,
        long size,
        String sha,
        String encoding,
        String content,
        String target,
        String submoduleGitUrl,
        String url,
        String gitUrl,
        String htmlUrl) {

    public boolean isFile() {
        return "file".equals(type);
    }

    public boolean isDirectory() {
        return "dir".equals(type);
    }

    /** The file's bytes (decoded from base64); empty for entries without content. */
    public byte[] decodedContent() {
        if (content == null || content.isEmpty()) {
            return new byte[0];
        }
        return "base64".equals(encoding) || encoding == null
                ? Base64.getMimeDecoder().decode(content)
                : content.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "ContentEntry[" + type + " " + path + ", " + size + " bytes, sha=" + sha + "]";
    }
}
