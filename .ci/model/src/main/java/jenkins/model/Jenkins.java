// Source: jenkinsci/jenkins core/src/main/java/jenkins/model/Jenkins.java @ jenkins-2.541.3
package jenkins.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.ExtensionList;
import hudson.PluginManager;
import hudson.ProxyConfiguration;
import hudson.init.InitMilestone;
import hudson.markup.MarkupFormatter;
import hudson.model.AbstractCIBase;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.model.DescriptorByNameOwner;
import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.model.ModifiableViewGroup;
import hudson.model.TopLevelItem;
import hudson.security.ACL;
import hudson.security.AccessControlled;
import hudson.security.AuthorizationStrategy;
import hudson.security.Permission;
import hudson.security.PermissionGroup;
import hudson.security.SecurityRealm;
import jakarta.servlet.ServletContext;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.function.Predicate;
import jenkins.util.io.OnMaster;
import org.jvnet.hudson.reactor.ReactorException;
import org.kohsuke.stapler.StaplerFallback;
import org.kohsuke.stapler.StaplerProxy;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

public class Jenkins extends AbstractCIBase implements DirectlyModifiableTopLevelItemGroup, StaplerProxy, StaplerFallback, ModifiableViewGroup, AccessControlled, DescriptorByNameOwner, ModelObjectWithContextMenu, ModelObjectWithChildren, OnMaster, Loadable {
    public transient volatile ProxyConfiguration proxy;

    protected Jenkins(File root, ServletContext context) throws IOException, InterruptedException, ReactorException {
        throw new UnsupportedOperationException();
    }

    protected Jenkins(File root, ServletContext context, PluginManager pluginManager) throws IOException, InterruptedException, ReactorException {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public static Jenkins get() throws IllegalStateException {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public static Jenkins getInstanceOrNull() {
        throw new UnsupportedOperationException();
    }

    @Nullable
    @Deprecated
    public static Jenkins getInstance() {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public ProxyConfiguration getProxy() {
        throw new UnsupportedOperationException();
    }

    public void setProxy(@CheckForNull ProxyConfiguration proxy) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public PluginManager getPluginManager() {
        throw new UnsupportedOperationException();
    }

    public String getLegacyInstanceId() {
        throw new UnsupportedOperationException();
    }

    public Descriptor getDescriptor(String id) {
        throw new UnsupportedOperationException();
    }

    @CheckForNull
    public Descriptor getDescriptor(Class<? extends Describable> type) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public Descriptor getDescriptorOrDie(Class<? extends Describable> type) {
        throw new UnsupportedOperationException();
    }

    public <T extends Descriptor> T getDescriptorByType(Class<T> type) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    public MarkupFormatter getMarkupFormatter() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    @Override
    public String getFullName() {
        throw new UnsupportedOperationException();
    }

    @Override
    public String getFullDisplayName() {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<TopLevelItem> getItems() {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<TopLevelItem> getItems(Predicate<TopLevelItem> pred) {
        throw new UnsupportedOperationException();
    }

    public <T> List<T> getItems(Class<T> type) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException();
    }

    public @Nullable String getRootUrl() throws IllegalStateException {
        throw new UnsupportedOperationException();
    }

    public @NonNull String getRootUrlFromRequest() {
        throw new UnsupportedOperationException();
    }

    @Override
    public File getRootDir() {
        throw new UnsupportedOperationException();
    }

    public boolean isUseSecurity() {
        throw new UnsupportedOperationException();
    }

    public boolean isUseCrumbs() {
        throw new UnsupportedOperationException();
    }

    public SecurityRealm getSecurityRealm() {
        throw new UnsupportedOperationException();
    }

    public void setSecurityRealm(@CheckForNull SecurityRealm securityRealm) {
        throw new UnsupportedOperationException();
    }

    public void setAuthorizationStrategy(@CheckForNull AuthorizationStrategy a) {
        throw new UnsupportedOperationException();
    }

    public <T> ExtensionList<T> getExtensionList(Class<T> extensionType) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    @Override
    public ACL getACL() {
        throw new UnsupportedOperationException();
    }

    public AuthorizationStrategy getAuthorizationStrategy() {
        throw new UnsupportedOperationException();
    }

    public boolean isQuietingDown() {
        throw new UnsupportedOperationException();
    }

    public InitMilestone getInitLevel() {
        throw new UnsupportedOperationException();
    }

    @Override
    public TopLevelItem getItem(String name) throws AccessDeniedException {
        throw new UnsupportedOperationException();
    }

    public Item getItem(String pathName, ItemGroup context) {
        throw new UnsupportedOperationException();
    }

    public final Item getItem(String pathName, Item context) {
        throw new UnsupportedOperationException();
    }

    public final <T extends Item> T getItem(String pathName, ItemGroup context, @NonNull Class<T> type) {
        throw new UnsupportedOperationException();
    }

    public final <T extends Item> T getItem(String pathName, Item context, Class<T> type) {
        throw new UnsupportedOperationException();
    }

    public @CheckForNull <T extends Item> T getItemByFullName(@NonNull String fullName, Class<T> type) throws AccessDeniedException {
        throw new UnsupportedOperationException();
    }

    public @CheckForNull Item getItemByFullName(String fullName) {
        throw new UnsupportedOperationException();
    }

    public synchronized <T extends TopLevelItem> T createProject(@NonNull Class<T> type, @NonNull String name) throws IOException {
        throw new UnsupportedOperationException();
    }

    @Override
    public void load() throws IOException {
        throw new UnsupportedOperationException();
    }

    @Override
    public synchronized void save() throws IOException {
        throw new UnsupportedOperationException();
    }

    public static @NonNull Authentication getAuthentication2() {
        throw new UnsupportedOperationException();
    }

    public static @CheckForNull <T> T lookup(Class<T> type) {
        throw new UnsupportedOperationException();
    }

    public static final PermissionGroup PERMISSIONS = null;
    public static final Permission ADMINISTER = null;
    public static final Permission MANAGE = null;
    public static final Permission SYSTEM_READ = null;
    public static final Permission READ = null;
}
