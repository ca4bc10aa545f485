// Source: jenkinsci/lib-access-modifier access-modifier-annotation/src/main/java/org/kohsuke/accmod/restrictions/NoExternalUse.java @ access-modifier-1.35
package org.kohsuke.accmod.restrictions;

public class NoExternalUse extends DoNotUse {
}
