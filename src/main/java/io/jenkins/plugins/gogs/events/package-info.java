/**
 * The Jenkins-free half of Gogs webhooks: verifying and decoding deliveries ({@link
 * io.jenkins.plugins.gogs.events.WebhookReceiver}), the events they carry ({@link
 * io.jenkins.plugins.gogs.events.GogsWebhookEvent}) and planning the registration of the plugin's own hook on a
 * repository ({@link io.jenkins.plugins.gogs.events.HookPlanner}, {@link io.jenkins.plugins.gogs.events.HookEndpoint}).
 * The adapter in {@code io.jenkins.plugins.gogs.webhook} turns requests into {@link
 * io.jenkins.plugins.gogs.events.WebhookRequest}s and accepted events into SCM events.
 */
package io.jenkins.plugins.gogs.events;
