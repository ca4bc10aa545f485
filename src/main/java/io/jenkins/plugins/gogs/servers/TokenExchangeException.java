package io.jenkins.plugins.gogs.servers;

import io.jenkins.plugins.gogs.client.GogsException;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * A password could not be exchanged for a token. A {@link GogsException} (so callers that handle Gogs failures at
 * one boundary handle this one too) whose message is a sentence for the admin; the request that failed is its cause
 * and its method, path and status. Never contains the password.
 */
@Restricted(NoExternalUse.class)
public class TokenExchangeException extends GogsException {

    private static final long serialVersionUID = 1L;

    private final String sentence;

    public TokenExchangeException(String sentence, GogsException cause) {
        super(cause.method(), cause.path(), cause.status(), sentence, cause.detail(), cause);
        this.sentence = sentence;
    }

    @Override
    public String getMessage() {
        return sentence;
    }
}
