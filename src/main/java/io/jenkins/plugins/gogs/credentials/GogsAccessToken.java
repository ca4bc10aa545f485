package io.jenkins.plugins.gogs.credentials;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import com.cloudbees.plugins.credentials.impl.BaseStandardCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import hudson.util.FormValidation;
import hudson.util.Secret;
import io.jenkins.plugins.gogs.servers.TokenExchange;
import java.io.Serial;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * A Gogs access token together with the Gogs user it belongs to. One credential serves both ways Jenkins talks to
 * Gogs: as a secret text ({@link StringCredentials}) the token goes to the API ({@code Authorization: token ...},
 * {@code withCredentials([string(...)])}); as a username with password ({@link StandardUsernamePasswordCredentials})
 * git sends it over HTTP(S), where Gogs accepts a token as the Basic password.
 *
 * <p>The username is the token's owner, as Gogs names it: what {@code withCredentials([usernamePassword(...)])}
 * users expect in the username variable (to push, to name the user in a script). Gogs itself does not need it to
 * match: it first tries the pair as a login, then the password as a token (see docs/configuration.md for what that
 * first try costs). The username is not a secret, so builds do not mask it.
 */
@Restricted(NoExternalUse.class)
public class GogsAccessToken extends BaseStandardCredentials
        implements StringCredentials, StandardUsernamePasswordCredentials {

    @Serial
    private static final long serialVersionUID = 1L;

    @NonNull
    private final String username;

    @NonNull
    private final Secret token;

    /**
     * @param username the Gogs user the token belongs to
     * @param token    the access token (Gogs: Your settings » Applications » Generate new token)
     */
    @DataBoundConstructor
    public GogsAccessToken(
            @CheckForNull CredentialsScope scope,
            @CheckForNull String id,
            @CheckForNull String description,
            @CheckForNull String username,
            @CheckForNull Secret token) {
        super(scope, id, description);
        this.username = Util.fixNull(username).strip();
        this.token = stripped(token);
    }

    /** Copied tokens often carry a line break; git would send it along, and Gogs would refuse the token. */
    private static Secret stripped(@CheckForNull Secret token) {
        if (token == null) {
            return Secret.fromString("");
        }
        String plain = token.getPlainText();
        return plain.strip().equals(plain) ? token : Secret.fromString(plain.strip());
    }

    /** The access token. */
    @NonNull
    public Secret getToken() {
        return token;
    }

    /** The Gogs user the token belongs to. */
    @NonNull
    @Override
    public String getUsername() {
        return username;
    }

    /** A Gogs user name is no secret; masking it would blank it out of every build log line that names the user. */
    @Override
    public boolean isUsernameSecret() {
        return false;
    }

    /** The token, for git: Gogs accepts it as the password of HTTP Basic. */
    @NonNull
    @Override
    public Secret getPassword() {
        return token;
    }

    /** The token, for the API and {@code withCredentials([string(...)])}. */
    @NonNull
    @Override
    public Secret getSecret() {
        return token;
    }

    /** The form and the JCasC symbol ({@code gogsAccessToken}) of the credential. */
    @Extension
    @Symbol("gogsAccessToken")
    public static class DescriptorImpl extends BaseStandardCredentialsDescriptor {

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.GogsAccessToken_DisplayName();
        }

        @Override
        public String getDescription() {
            return Messages.GogsAccessToken_Description();
        }

        @Override
        public String getIconClassName() {
            return "symbol-key";
        }

        /** Checks what was typed; no network: a credential is not tied to one Gogs server. */
        @POST
        public FormValidation doCheckUsername(@QueryParameter String value) {
            String name = Util.fixNull(value).strip();
            if (name.isEmpty()) {
                return FormValidation.warning(Messages.GogsAccessToken_UsernameMissing());
            }
            if (name.contains(":") || name.chars().anyMatch(Character::isWhitespace)) {
                return FormValidation.error(Messages.GogsAccessToken_UsernameInvalid());
            }
            return FormValidation.ok();
        }

        /**
         * Checks the shape of a typed token. When an existing credential is edited, the field holds the stored token
         * encrypted; that one is not decrypted here (this check must not tell anything about a ciphertext it is sent).
         */
        @POST
        public FormValidation doCheckToken(@QueryParameter String value) {
            String typed = Util.fixNull(value);
            if (Secret.decrypt(typed) != null) {
                return FormValidation.ok();
            }
            String plain = typed.strip();
            if (plain.isEmpty()) {
                return FormValidation.error(Messages.GogsAccessToken_TokenMissing());
            }
            if (plain.chars().anyMatch(Character::isWhitespace)) {
                return FormValidation.error(Messages.GogsAccessToken_TokenWhitespace());
            }
            if (!TokenExchange.looksLikeToken(plain)) {
                return FormValidation.warning(Messages.GogsAccessToken_TokenUnusual());
            }
            return FormValidation.ok();
        }
    }
}
