package io.jenkins.plugins.gogs.client.model;

/** An issue label; {@code color} is hex without '#', e.g. {@code ee0701}. */
public record Label(long id, String name, String color) {}
