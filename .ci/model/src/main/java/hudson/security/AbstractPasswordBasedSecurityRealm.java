// Source: jenkinsci/jenkins core/src/main/java/hudson/security/AbstractPasswordBasedSecurityRealm.java @ jenkins-2.541.3
package hudson.security;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

public abstract class AbstractPasswordBasedSecurityRealm extends SecurityRealm {
    protected UserDetails authenticate2(String username, String password) throws AuthenticationException {
        throw new UnsupportedOperationException();
    }

    @Override
    public UserDetails loadUserByUsername2(String username) throws UsernameNotFoundException {
        throw new UnsupportedOperationException();
    }
}
