package io.jenkins.plugins.gogs.push;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The git plugin's branch specifiers ("Branches to build"), read the way the git plugin reads them:
 * <ul>
 *   <li>{@code main}, <code>&#42;/main</code>, {@code origin/main}, {@code refs/heads/main}, {@code remotes/origin/main};</li>
 *   <li>{@code *} matches within one path segment, {@code **} across segments (<code>feature/&#42;&#42;</code>,
 *       {@code **});</li>
 *   <li>{@code :regex} is a regular expression;</li>
 *   <li>an empty specifier means {@code **}.</li>
 * </ul>
 * A pushed branch matches as the git plugin's {@code notifyCommit} matches a notified branch (the specifier without
 * its {@code refs/...} prefix against the branch name, or against {@code <remote name>/<branch>}), except that a
 * specifier naming another namespace, such as {@code refs/tags/*}, never matches a branch. A pushed tag matches as a
 * git plugin specifier matches the full ref {@code refs/tags/<tag>}: {@code refs/tags/v*}, {@code **} or a regular
 * expression. A specifier with a variable ({@code ${BRANCH}}) cannot be read without a build; callers decide.
 */
@Restricted(NoExternalUse.class)
public final class BranchSpecs {

    /** {@code refs/<namespace>/<rest>}, as the git plugin splits a ref. */
    private static final Pattern REF = Pattern.compile("^(refs/[^/]+)/(.+)");

    private BranchSpecs() {}

    /** True when the specifier holds a variable, which only a build can expand. */
    public static boolean isParameterized(String spec) {
        return spec != null && spec.indexOf('$') >= 0;
    }

    /** True when the specifier selects branch {@code branch} (short name) of the remote named {@code remoteName}. */
    public static boolean matchesBranch(String spec, String remoteName, String branch) {
        String name = normalized(spec);
        String qualified = remoteName + "/" + branch;
        if (isRegex(name)) {
            Pattern regex = regex(name);
            return regex != null
                    && (regex.matcher(branch).matches()
                            || regex.matcher(qualified).matches());
        }
        Matcher ref = REF.matcher(name);
        String unqualified = name;
        if (ref.matches()) {
            if (!ref.group(1).equals("refs/heads") && !ref.group(1).equals("refs/remotes")) {
                return false; // refs/tags/..., refs/notes/...: not a branch
            }
            unqualified = ref.group(2);
        }
        if (unqualified.startsWith("remotes/")) {
            unqualified = unqualified.substring("remotes/".length());
        }
        Pattern pattern = Pattern.compile(wildcards(unqualified));
        return pattern.matcher(branch).matches() || pattern.matcher(qualified).matches();
    }

    /** True when the specifier selects tag {@code tag} (short name), i.e. matches {@code refs/tags/<tag>}. */
    public static boolean matchesTag(String spec, String tag) {
        String name = normalized(spec);
        String ref = "refs/tags/" + tag;
        if (isRegex(name)) {
            Pattern regex = regex(name);
            return regex != null && regex.matcher(ref).matches();
        }
        String prefixes = !name.contains("**") && !name.contains("/")
                ? "(?:refs/heads/|refs/remotes/[^/]+/|remotes/[^/]+/|[^/]+/)?"
                : "(?:refs/heads/|refs/remotes/|remotes/)?";
        return Pattern.compile(prefixes + wildcards(name)).matcher(ref).matches();
    }

    private static String normalized(String spec) {
        String name = spec == null ? "" : spec.strip();
        return name.isEmpty() ? "**" : name;
    }

    private static boolean isRegex(String name) {
        return name.startsWith(":") && name.length() > 1;
    }

    private static Pattern regex(String name) {
        try {
            return Pattern.compile(name.substring(1));
        } catch (PatternSyntaxException e) {
            return null; // the git plugin would fail the build; here it simply selects nothing
        }
    }

    /** {@code **} any characters, {@code *} any characters but '/', everything else literally. */
    static String wildcards(String text) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) != '*') {
                literal.append(text.charAt(i++));
                continue;
            }
            if (literal.length() > 0) {
                regex.append(Pattern.quote(literal.toString()));
                literal.setLength(0);
            }
            int stars = 0;
            while (i < text.length() && text.charAt(i) == '*') {
                stars++;
                i++;
            }
            regex.append(".*".repeat(stars / 2));
            if (stars % 2 != 0) {
                regex.append("[^/]*");
            }
        }
        if (literal.length() > 0) {
            regex.append(Pattern.quote(literal.toString()));
        }
        return regex.toString();
    }
}
