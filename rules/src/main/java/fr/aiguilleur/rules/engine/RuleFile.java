package fr.aiguilleur.rules.engine;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * One rule file: a {@code .drl} file or a decision table ({@code .drl.csv}, {@code .drl.xlsx}).
 *
 * @param name    the file name, without folder ("presence-needs.drl")
 * @param content the bytes as read
 */
public record RuleFile(String name, byte[] content) {

    public RuleFile {
        Objects.requireNonNull(name, "name");
        content = content.clone();
    }

    /** Whether a file of this name holds rules ({@code .drl}, {@code .drl.csv}, {@code .drl.xlsx}). */
    public static boolean isRuleFile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return !lower.startsWith(".") && (lower.endsWith(".drl") || isTable(lower));
    }

    static boolean isTable(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".drl.csv") || lower.endsWith(".drl.xlsx");
    }

    public boolean isTable() {
        return isTable(name);
    }

    public boolean isSpreadsheet() {
        return name.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RuleFile file && name.equals(file.name) && Arrays.equals(content, file.content);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return name + " (" + content.length + " bytes)";
    }
}
