// Source: jenkinsci/stapler core/src/main/java/org/kohsuke/stapler/StaplerOverridable.java @ 2050.v425108fd5089
package org.kohsuke.stapler;

// Declared as a supertype; its member is not modelled, so model implementors need not supply it.
public interface StaplerOverridable {
}
