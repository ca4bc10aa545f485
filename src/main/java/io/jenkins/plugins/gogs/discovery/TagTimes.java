package io.jenkins.plugins.gogs.discovery;

import io.jenkins.plugins.gogs.client.RepoApi;
import io.jenkins.plugins.gogs.client.ServerErrorException;
import io.jenkins.plugins.gogs.client.model.Commit;
import io.jenkins.plugins.gogs.client.model.Tag;
import io.jenkins.plugins.gogs.discovery.RefAdvertisement.AdvertisedTag;
import io.jenkins.plugins.gogs.servers.RepositoryKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Adds commit times to advertised tags. Costs nothing for tags whose commit time is remembered, else ONE request for
 * all tags ({@code GET /tags}, which gives each tagged commit's author time); a tag that request does not describe
 * (made or moved in between) costs one {@code GET /commits/<sha>}.
 */
@Restricted(NoExternalUse.class)
final class TagTimes {

    private final RepoApi repo;
    private final RepositoryKey key;
    private final DiscoveryCache cache;

    TagTimes(RepoApi repo, RepositoryKey key, DiscoveryCache cache) {
        this.repo = repo;
        this.key = key;
        this.cache = cache;
    }

    List<DiscoveredTag> resolve(Collection<AdvertisedTag> tags, List<String> warnings) {
        Map<String, Tag> listed = null;
        List<DiscoveredTag> result = new ArrayList<>(tags.size());
        for (AdvertisedTag tag : tags) {
            Optional<Instant> time = cache.commitTime(key, tag.commitSha());
            if (time.isEmpty()) {
                if (listed == null) {
                    listed = listTags(warnings);
                }
                time = fromListing(listed.get(tag.name()), tag).or(() -> fromCommit(tag));
                time.ifPresent(t -> cache.rememberCommitTime(key, tag.commitSha(), t));
            }
            if (time.isPresent()) {
                result.add(new DiscoveredTag(tag.name(), tag.refSha(), tag.commitSha(), time.get()));
            } else {
                warnings.add(Messages.TagTimes_NotACommit(tag.name(), tag.commitSha(), key));
            }
        }
        return result;
    }

    private Map<String, Tag> listTags(List<String> warnings) {
        Map<String, Tag> byName = new HashMap<>();
        try {
            for (Tag tag : repo.tags()) {
                byName.put(tag.name(), tag);
            }
        } catch (ServerErrorException e) {
            // Gogs fails the whole listing when one tag points at something that is not a commit (a tree, a blob).
            warnings.add(Messages.TagTimes_ListingFailed(key, e.getMessage()));
        }
        return byName;
    }

    /** The listing's time, if it describes the same tag (for an annotated tag Gogs gives the tag object's id). */
    private static Optional<Instant> fromListing(Tag listed, AdvertisedTag tag) {
        if (listed == null || listed.commit() == null || listed.commit().timestamp() == null) {
            return Optional.empty();
        }
        String id = listed.commit().id();
        if (!tag.refSha().equals(id) && !tag.commitSha().equals(id)) {
            return Optional.empty(); // the tag moved between the two requests
        }
        return Optional.of(listed.commit().timestamp().toInstant());
    }

    /** The commit's author time; empty when there is no such commit (also when the tag points at no commit). */
    private Optional<Instant> fromCommit(AdvertisedTag tag) {
        try {
            return repo.commit(tag.commitSha())
                    .map(Commit::commit)
                    .map(details -> details.author() != null ? details.author() : details.committer())
                    .map(signature -> signature.date().toInstant());
        } catch (ServerErrorException e) {
            return Optional.empty(); // Gogs answers 500 for a SHA that is not a commit it has
        }
    }
}
