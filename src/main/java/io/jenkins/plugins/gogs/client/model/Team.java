package io.jenkins.plugins.gogs.client.model;

/**
 * A team of an organization. {@code permission} is what its members may do in the team's repositories: {@code read},
 * {@code write}, {@code admin}, or {@code owner} for the organization's Owners team, which covers every repository.
 */
public record Team(long id, String name, String description, String permission) {

    /** The Owners team: its members own the organization and may do everything in all of its repositories. */
    public boolean isOwners() {
        return "owner".equals(permission);
    }
}
