package fr.aiguilleur.bot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The personas of the product's first scenario suite, read from the rules module's scenario folder. */
public final class Personas {

    /** The suite, relative to the bot module (where Maven runs its tests). */
    public static final Path FILE = Path.of("../rules/scenarios/personas.yaml");

    private Personas() {
    }

    /** One persona: its answers and what the rules must conclude. */
    public record Persona(String name, String story, Map<String, Object> answers, Map<String, Object> expect) {

        @Override
        public String toString() {
            return name;
        }

        public String decision() {
            return (String) expect.get("decision");
        }
    }

    private record Suite(List<Persona> scenarios) {
    }

    public static List<Persona> all() {
        try {
            return new ObjectMapper(new YAMLFactory()).readValue(Files.readString(FILE), Suite.class).scenarios();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the personas from " + FILE.toAbsolutePath(), e);
        }
    }

    public static Persona named(String name) {
        return all().stream().filter(persona -> persona.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no persona " + name + " in " + FILE));
    }
}
