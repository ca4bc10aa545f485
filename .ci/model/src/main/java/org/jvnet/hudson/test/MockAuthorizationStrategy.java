// Source: jenkinsci/jenkins-test-harness src/main/java/org/jvnet/hudson/test/MockAuthorizationStrategy.java @ 96b52f4248886b9bdd7015095e1de83d8e0b7599
package org.jvnet.hudson.test;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.AbstractItem;
import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.model.Job;
import hudson.model.User;
import hudson.security.ACL;
import hudson.security.AuthorizationStrategy;
import hudson.security.Permission;
import java.util.Collection;
import java.util.Set;

public class MockAuthorizationStrategy extends AuthorizationStrategy {
    public MockAuthorizationStrategy() {
        throw new UnsupportedOperationException();
    }

    public Grant grant(Permission... permissions) {
        throw new UnsupportedOperationException();
    }

    public Grant grantWithoutImplication(Permission... permissions) {
        throw new UnsupportedOperationException();
    }

    public class Grant {
        Grant(Set<Permission> permissions) {
            throw new UnsupportedOperationException();
        }

        public GrantOn everywhere() {
            throw new UnsupportedOperationException();
        }

        public GrantOn onRoot() {
            throw new UnsupportedOperationException();
        }

        public GrantOn onItems(Item... items) {
            throw new UnsupportedOperationException();
        }

        public GrantOn onFolders(ItemGroup<?>... folders) {
            throw new UnsupportedOperationException();
        }

        public GrantOn onPaths(String... pathRegexps) {
            throw new UnsupportedOperationException();
        }

        public class GrantOn {
            GrantOn(String regexp) {
                throw new UnsupportedOperationException();
            }

            public MockAuthorizationStrategy to(String... sids) {
                throw new UnsupportedOperationException();
            }

            public MockAuthorizationStrategy to(User... users) {
                throw new UnsupportedOperationException();
            }

            public MockAuthorizationStrategy toEveryone() {
                throw new UnsupportedOperationException();
            }

            public MockAuthorizationStrategy toAuthenticated() {
                throw new UnsupportedOperationException();
            }
        }
    }

    @NonNull
    @Override
    public ACL getRootACL() {
        throw new UnsupportedOperationException();
    }

    @NonNull
    @Override
    public ACL getACL(AbstractItem item) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    @Override
    public ACL getACL(@NonNull Job<?, ?> project) {
        throw new UnsupportedOperationException();
    }

    @NonNull
    @Override
    public Collection<String> getGroups() {
        throw new UnsupportedOperationException();
    }
}
