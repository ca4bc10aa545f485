/**
 * The Jenkins-free half of the push trigger for freestyle and pipeline jobs: what a verified Gogs delivery means
 * for a job that builds from a plain git remote. {@link io.jenkins.plugins.gogs.push.PushedRef} is the pushed branch
 * or tag; {@link io.jenkins.plugins.gogs.push.ServerLocations} tells which remote URLs (HTTP, SSH, the server's
 * external or alias URL) name a repository; {@link io.jenkins.plugins.gogs.push.BranchSpecs} reads the git plugin's
 * branch specifiers; {@link io.jenkins.plugins.gogs.push.PushMatcher} decides whether a job builds, polls or is left
 * alone, and {@link io.jenkins.plugins.gogs.push.PushVariables} are the environment variables its build gets. The
 * adapter in {@code io.jenkins.plugins.gogs.trigger} feeds it the jobs' git configurations.
 */
package io.jenkins.plugins.gogs.push;
