package io.jenkins.plugins.gogs.client;

/**
 * A listing could not be proven complete because Gogs kept changing it (items entering and leaving it all the time)
 * for longer than the client waits; asking again later usually succeeds.
 */
public class UnsettledListingException extends GogsException {

    private static final long serialVersionUID = 1L;

    public UnsettledListingException(String path, String detail) {
        super("GET", path, 0, "The listing kept changing while it was read", detail, null);
    }
}
