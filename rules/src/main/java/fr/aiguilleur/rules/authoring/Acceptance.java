package fr.aiguilleur.rules.authoring;

import fr.aiguilleur.conversations.diagnosis.Diagnosis;
import fr.aiguilleur.rules.scenarios.Scenario;
import fr.aiguilleur.rules.scenarios.ScenarioSuite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the {@code expect:} block of one scenario in its file with today's result, leaving every
 * other line (comments, stories, answers, other scenarios) as it was.
 */
final class Acceptance {

    private static final Pattern INDENT = Pattern.compile("^(\\s*)");

    private Acceptance() {
    }

    static void accept(Path file, String name, Diagnosis diagnosis) {
        Scenario scenario = ScenarioSuite.read(file).scenarios().stream().filter(one -> one.name().equals(name))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no scenario " + name + " in " + file));
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
            rewrite(lines, name, ExpectationYaml.updated(scenario.expect(), diagnosis));
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite " + file, e);
        }
    }

    static void rewrite(List<String> lines, String name, List<String> expect) {
        Pattern start = Pattern.compile("^(\\s*)-\\s+name:\\s*['\"]?" + Pattern.quote(name) + "['\"]?\\s*(#.*)?$");
        int item = -1;
        int dash = 0;
        for (int i = 0; i < lines.size() && item < 0; i++) {
            Matcher matcher = start.matcher(lines.get(i));
            if (matcher.matches()) {
                item = i;
                dash = matcher.group(1).length();
            }
        }
        if (item < 0) {
            throw new IllegalArgumentException("scenario " + name + " not found");
        }
        int keys = dash + 2;
        int end = item + 1;
        while (end < lines.size() && (lines.get(end).isBlank() || indent(lines.get(end)) > dash)) {
            end++;
        }
        while (end > item + 1 && lines.get(end - 1).isBlank()) {
            end--;
        }
        int expectAt = -1;
        for (int i = item + 1; i < end; i++) {
            if (indent(lines.get(i)) == keys && lines.get(i).strip().startsWith("expect:")) {
                expectAt = i;
            }
        }
        List<String> block = new ArrayList<>();
        block.add(" ".repeat(keys) + "expect:");
        expect.forEach(line -> block.add(" ".repeat(keys + 2) + line));
        if (expectAt < 0) {
            lines.addAll(end, block);
            return;
        }
        int blockEnd = expectAt + 1;
        while (blockEnd < end && (lines.get(blockEnd).isBlank() || indent(lines.get(blockEnd)) > keys)) {
            blockEnd++;
        }
        lines.subList(expectAt, blockEnd).clear();
        lines.addAll(expectAt, block);
    }

    private static int indent(String line) {
        Matcher matcher = INDENT.matcher(line);
        return matcher.find() ? matcher.group(1).length() : 0;
    }
}
