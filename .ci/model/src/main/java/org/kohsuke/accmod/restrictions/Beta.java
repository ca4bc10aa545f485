// Source: jenkinsci/lib-access-modifier access-modifier-annotation/src/main/java/org/kohsuke/accmod/restrictions/Beta.java @ access-modifier-1.35
package org.kohsuke.accmod.restrictions;

public class Beta extends DoNotUse {
}
