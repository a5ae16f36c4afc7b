package fr.aiguilleur.bot.instances;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** The figures of the multi-process runs, printed and kept in target/instances/figures.txt. */
final class Figures {

    private Figures() {
    }

    static void note(String line) {
        System.out.println("[instances] " + line);
        try {
            Path file = Path.of("target", "instances", "figures.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
