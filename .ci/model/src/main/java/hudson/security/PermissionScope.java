// Source: jenkinsci/jenkins core/src/main/java/hudson/security/PermissionScope.java @ jenkins-2.541.3
package hudson.security;

import hudson.model.ModelObject;

public final class PermissionScope {
    public final Class<? extends ModelObject> modelClass;

    public PermissionScope(Class<? extends ModelObject> modelClass, PermissionScope... containers) {
        throw new UnsupportedOperationException();
    }

    public boolean isContainedBy(PermissionScope s) {
        throw new UnsupportedOperationException();
    }

    public static final PermissionScope JENKINS = null;
    public static final PermissionScope ITEM_GROUP = null;
    public static final PermissionScope ITEM = null;
    public static final PermissionScope RUN = null;
}
