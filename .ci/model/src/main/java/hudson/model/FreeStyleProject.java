// Source: jenkinsci/jenkins core/src/main/java/hudson/model/FreeStyleProject.java @ jenkins-2.541.3
package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import org.jenkinsci.Symbol;

public class FreeStyleProject extends Project<FreeStyleProject, FreeStyleBuild> implements TopLevelItem {
    public FreeStyleProject(ItemGroup parent, String name) {
        super(parent, name);
        throw new UnsupportedOperationException();
    }

    @Override
    protected Class<FreeStyleBuild> getBuildClass() {
        throw new UnsupportedOperationException();
    }

    @Override
    public DescriptorImpl getDescriptor() {
        throw new UnsupportedOperationException();
    }

    @Extension(ordinal = 1000)
    @Symbol({"freeStyle", "freeStyleJob"})
    public static class DescriptorImpl extends AbstractProjectDescriptor {
        public DescriptorImpl() {
            throw new UnsupportedOperationException();
        }

        @NonNull
        @Override
        public String getDisplayName() {
            throw new UnsupportedOperationException();
        }

        @Override
        public FreeStyleProject newInstance(ItemGroup parent, String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getDescription() {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getCategoryId() {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getIconClassName() {
            throw new UnsupportedOperationException();
        }
    }
}
