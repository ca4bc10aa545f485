package io.jenkins.plugins.gogs.steps;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The forms of the issue steps as their Jelly files declare them, read from the class path as Jenkins reads them:
 * a step's {@code config.jelly} in the folder named after its class, and the fields of the shared
 * {@code <g:repositoryTarget/>} tag from {@code /lib/gogs/repositoryTarget.jelly}.
 */
final class StepForms {

    static final String SHARED_BLOCK = "<g:repositoryTarget/>";
    private static final String PACKAGE = StepForms.class.getPackageName();
    private static final Pattern FIELD = Pattern.compile("<f:entry\\b[^>]*\\bfield=\"([^\"]+)\"");

    private StepForms() {}

    /**
     * The folder of the steps' views, help files and messages in the plugin's own classes (a directory of the
     * build's output; the tests' classes have a folder of the same name).
     */
    static Path viewsFolder() {
        try {
            Path classes = Path.of(GogsRepositoryStep.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            return classes.resolve(PACKAGE.replace('.', '/'));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every class of the package that has a form, by the folders that hold a {@code config.jelly}. */
    static List<Class<?>> stepClasses() throws IOException {
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> folders = Files.list(viewsFolder())) {
            for (Path folder : folders.sorted().toList()) {
                if (Files.exists(folder.resolve("config.jelly"))) {
                    classes.add(load(PACKAGE + "." + folder.getFileName()));
                }
            }
        }
        return classes;
    }

    static String configJelly(Class<?> step) {
        return read(step.getResource(step.getSimpleName() + "/config.jelly"));
    }

    static String sharedBlock() {
        return read(StepForms.class.getResource("/lib/gogs/repositoryTarget.jelly"));
    }

    /** The fields of the step's form, in their order, the shared block's included where the form uses it. */
    static List<String> fields(Class<?> step) {
        String jelly = configJelly(step);
        int shared = jelly.indexOf(SHARED_BLOCK);
        List<String> fields = new ArrayList<>(fieldsOf(shared < 0 ? jelly : jelly.substring(0, shared)));
        if (shared >= 0) {
            fields.addAll(fieldsOf(sharedBlock()));
            fields.addAll(fieldsOf(jelly.substring(shared)));
        }
        return fields;
    }

    static List<String> fieldsOf(String jelly) {
        List<String> fields = new ArrayList<>();
        Matcher field = FIELD.matcher(jelly);
        while (field.find()) {
            fields.add(field.group(1));
        }
        return fields;
    }

    /**
     * The help file of a field as Jenkins ({@code Descriptor.getHelpFile}, {@code doHelp}) and the Pipeline steps
     * reference (structs' {@code DescribableParameter.getHelp}) find it: {@code help-<field>.html} in the folder of
     * the class, else of its superclasses; null when there is none.
     */
    static URL helpFile(Class<?> step, String field) {
        for (Class<?> c = step; c != null; c = c.getSuperclass()) {
            URL help = c.getResource(c.getSimpleName() + "/help-" + field + ".html");
            if (help != null) {
                return help;
            }
        }
        return null;
    }

    static String read(URL url) {
        if (url == null) {
            throw new IllegalArgumentException("no such resource");
        }
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, StepForms.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("a form without its class: " + name, e);
        }
    }
}
