// Source: jenkinsci/jenkins core/src/main/java/hudson/scm/SCMDescriptor.java @ jenkins-2.541.3
package hudson.scm;

import hudson.model.Descriptor;

public abstract class SCMDescriptor<T extends SCM> extends Descriptor<SCM> {

    protected SCMDescriptor(Class<T> clazz, Class<? extends RepositoryBrowser> repositoryBrowser) {
        throw new UnsupportedOperationException();
    }

    protected SCMDescriptor(Class<? extends RepositoryBrowser> repositoryBrowser) {
        throw new UnsupportedOperationException();
    }
}
