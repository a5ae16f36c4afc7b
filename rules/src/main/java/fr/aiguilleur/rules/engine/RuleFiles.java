package fr.aiguilleur.rules.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A set of rule files and where they came from: the files packaged with the application, or the
 * files of a folder being edited.
 *
 * @param source "packaged", or the folder's path
 * @param files  the files, sorted by name
 */
public record RuleFiles(String source, List<RuleFile> files) {

    /** The source name of the rule files shipped in the jar. */
    public static final String PACKAGED = "packaged";

    public RuleFiles {
        files = files.stream().sorted(Comparator.comparing(RuleFile::name)).toList();
    }

    /** The rule files shipped with the application (class-path folder {@code fr/aiguilleur/rules}). */
    public static RuleFiles packaged() {
        return new RuleFiles(PACKAGED, PackagedRuleFiles.read());
    }

    /**
     * Every {@code *.drl}, {@code *.drl.csv} and {@code *.drl.xlsx} file directly in a folder.
     *
     * @throws UncheckedIOException when the folder cannot be read
     */
    public static RuleFiles folder(Path folder) {
        try (Stream<Path> paths = Files.list(folder)) {
            List<RuleFile> files = paths
                    .filter(path -> RuleFile.isRuleFile(path.getFileName().toString()) && Files.isRegularFile(path))
                    .map(RuleFiles::read)
                    .toList();
            return new RuleFiles(folder.toString(), files);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rule folder " + folder, e);
        }
    }

    private static RuleFile read(Path path) {
        try {
            return new RuleFile(path.getFileName().toString(), Files.readAllBytes(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rule file " + path, e);
        }
    }

    /**
     * The version of these rules: the first 12 hexadecimal digits of a SHA-256 over the file names
     * and contents, in name order. The same files always give the same version.
     */
    public String version() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (RuleFile file : files) {
                digest.update(file.name().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.content());
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public boolean isPackaged() {
        return PACKAGED.equals(source);
    }
}
