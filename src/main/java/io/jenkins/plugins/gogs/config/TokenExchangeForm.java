package io.jenkins.plugins.gogs.config;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import hudson.Util;
import hudson.util.FormValidation;
import io.jenkins.plugins.gogs.client.GogsException;
import io.jenkins.plugins.gogs.client.ServerUrl;
import io.jenkins.plugins.gogs.credentials.GogsAccessToken;
import io.jenkins.plugins.gogs.credentials.TokenCredentialStore;
import io.jenkins.plugins.gogs.servers.MintedToken;
import io.jenkins.plugins.gogs.servers.TokenExchange;
import io.jenkins.plugins.gogs.servers.TokenNaming;
import java.io.IOException;
import java.util.logging.Logger;
import jenkins.model.Jenkins;
import net.sf.json.JSONArray;
import net.sf.json.JSONObject;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.StaplerResponse2;

/**
 * The "Create token" button of a server entry: exchanges a Gogs username and password (typed once, or a
 * username/password credential) for an access token, stores the token as a new {@link GogsAccessToken} (API and git
 * checkouts) and asks the page to select it. The typed password goes to Gogs once and nowhere else.
 */
@Restricted(NoExternalUse.class)
final class TokenExchangeForm {

    /** The validate button calls this function of {@code exchange.js} with the server URL and the new id. */
    static final String CALLBACK = "gogsTokenExchanged";

    private static final Logger LOGGER = Logger.getLogger(TokenExchangeForm.class.getName());

    private TokenExchangeForm() {}

    static FormValidation exchange(
            String serverUrl, String username, String password, String credentialsId, StaplerResponse2 response) {
        String url;
        try {
            url = ServerUrl.normalize(serverUrl);
        } catch (IllegalArgumentException e) {
            return FormValidation.error(e.getMessage());
        }
        String login = Util.fixEmptyAndTrim(username);
        String secret = password;
        String id = Util.fixEmptyAndTrim(credentialsId);
        if (id != null) {
            StandardCredentials found = CredentialChoices.find(id, url);
            if (found instanceof GogsAccessToken) {
                return FormValidation.error(Messages.TokenExchangeForm_AlreadyAToken(id));
            }
            if (!(found instanceof StandardUsernamePasswordCredentials stored)) {
                return FormValidation.error(Messages.TokenExchangeForm_NoPasswordCredential(id));
            }
            login = stored.getUsername();
            secret = stored.getPassword().getPlainText();
        } else if (login == null || secret == null || secret.isEmpty()) {
            return FormValidation.error(Messages.TokenExchangeForm_LoginMissing());
        }
        MintedToken minted;
        try {
            minted = new TokenExchange(
                            c -> GogsClients.newBuilder(url).credentials(c).build())
                    .mint(login, secret, TokenNaming.tokenName(Jenkins.get().getRootUrl()));
        } catch (IllegalArgumentException | GogsException e) {
            return FormValidation.error(e.getMessage());
        }
        String newId;
        try {
            newId = TokenCredentialStore.store(url, minted);
        } catch (IOException e) {
            return FormValidation.error(Messages.TokenExchangeForm_NotStored(minted.name(), e.getMessage()));
        }
        LOGGER.info(() -> "Stored the Gogs access token '" + minted.name() + "' of " + minted.username() + " at " + url
                + " as credential " + newId);
        response.setHeader(
                "X-Jenkins-ValidateButton-Callback",
                new JSONObject()
                        .element("callback", CALLBACK)
                        .element(
                                "arguments",
                                new JSONArray()
                                        .element(Util.fixNull(serverUrl).trim())
                                        .element(newId))
                        .toString());
        return FormValidation.ok(
                Messages.TokenExchangeForm_Created(newId, TokenNaming.credentialDescription(url, minted)));
    }
}
