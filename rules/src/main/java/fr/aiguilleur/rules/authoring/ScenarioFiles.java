package fr.aiguilleur.rules.authoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The scenario files named on a command line, a folder standing for the *.yaml files in it. */
final class ScenarioFiles {

    private ScenarioFiles() {
    }

    static List<Path> in(List<String> names) {
        List<Path> files = new ArrayList<>();
        for (String name : names) {
            Path path = Path.of(name);
            if (Files.isDirectory(path)) {
                try (Stream<Path> inside = Files.list(path)) {
                    inside.filter(file -> file.toString().endsWith(".yaml") || file.toString().endsWith(".yml"))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the folder " + path, e);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    /** The files named, or the scenarios of the sources when none is named. */
    static List<Path> namedOrSources(List<String> names) {
        if (!names.isEmpty()) {
            return in(names);
        }
        return Sources.find().map(sources -> in(List.of(sources.scenarios().toString())))
                .orElseThrow(() -> new IllegalArgumentException("name the scenario files to run (rules/scenarios/*.yaml)"));
    }
}
