package io.jenkins.plugins.gogs.config;

import hudson.Extension;
import hudson.ExtensionList;
import hudson.XmlFile;
import io.jenkins.plugins.gogs.servers.ExchangedTokens;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import jenkins.model.Jenkins;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * This Jenkins' {@link ExchangedTokens}, kept in {@code $JENKINS_HOME/io.jenkins.plugins.gogs.config.ExchangedTokens.xml}
 * (tokens and fingerprints encrypted). A minted token is written there, once, by the thread that minted it: never the
 * global configuration, so a scan that mints a token saves nothing else and rebuilds no shared client.
 */
@Extension
@Restricted(NoExternalUse.class)
public final class ExchangedTokenStore {

    private static final Logger LOGGER = Logger.getLogger(ExchangedTokenStore.class.getName());
    private static final String FILE_NAME = "io.jenkins.plugins.gogs.config.ExchangedTokens.xml";

    /** What the file holds: the minted tokens, oldest first. */
    private static final class Saved {
        private List<ExchangedToken> tokens = new ArrayList<>();
    }

    private ExchangedTokens tokens;

    static ExchangedTokenStore get() {
        return ExtensionList.lookupSingleton(ExchangedTokenStore.class);
    }

    /** The tokens, read from disk on first use, with the ones older versions kept with the server entries. */
    synchronized ExchangedTokens tokens() {
        if (tokens == null) {
            tokens = new ExchangedTokens(load(), ExchangedTokenStore::write);
            adoptLegacy(GogsConfiguration.get().getServers());
        }
        return tokens;
    }

    /** Moves the tokens that older versions kept with these server entries here, so they are not minted again. */
    void adoptLegacy(List<GogsServer> servers) {
        List<ExchangedTokens.Entry> legacy = new ArrayList<>();
        for (GogsServer server : servers) {
            for (ExchangedToken token : server.takeLegacyExchangedTokens()) {
                ExchangedTokens.Entry entry = token.toEntry(server.getServerUrl());
                if (entry != null) {
                    legacy.add(entry);
                }
            }
        }
        if (!legacy.isEmpty()) {
            tokens().adopt(legacy);
        }
    }

    /** Forgets the tokens of servers that are no longer configured. */
    void retainServers(List<GogsServer> servers) {
        Set<String> urls = servers.stream().map(GogsServer::getServerUrl).collect(Collectors.toSet());
        tokens().retainServers(urls);
    }

    private static List<ExchangedTokens.Entry> load() {
        XmlFile file = file();
        List<ExchangedTokens.Entry> entries = new ArrayList<>();
        if (!file.exists()) {
            return entries;
        }
        try {
            if (file.read() instanceof Saved saved && saved.tokens != null) {
                for (ExchangedToken token : saved.tokens) {
                    ExchangedTokens.Entry entry = token.toEntry(null);
                    if (entry != null) {
                        entries.add(entry);
                    }
                }
            }
        } catch (IOException e) {
            LOGGER.log(Level.WARNING, "Could not read " + file + "; tokens will be exchanged again", e);
        }
        return entries;
    }

    private static void write(List<ExchangedTokens.Entry> minted) throws IOException {
        Saved saved = new Saved();
        minted.forEach(entry -> saved.tokens.add(ExchangedToken.of(entry)));
        file().write(saved);
    }

    private static XmlFile file() {
        return new XmlFile(new File(Jenkins.get().getRootDir(), FILE_NAME));
    }
}
