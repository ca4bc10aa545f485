// Source: jenkinsci/jenkins core/src/main/java/hudson/security/SecurityRealm.java @ jenkins-2.541.3
package hudson.security;

import hudson.ExtensionPoint;
import hudson.model.Describable;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

public abstract class SecurityRealm implements Describable<SecurityRealm>, ExtensionPoint {
    public String getLoginUrl() {
        throw new UnsupportedOperationException();
    }

    public boolean canLogOut() {
        throw new UnsupportedOperationException();
    }

    public boolean allowsSignup() {
        throw new UnsupportedOperationException();
    }

    public UserDetails loadUserByUsername2(String username) throws UsernameNotFoundException {
        throw new UnsupportedOperationException();
    }

    public static final SecurityRealm NO_AUTHENTICATION = null;
}
