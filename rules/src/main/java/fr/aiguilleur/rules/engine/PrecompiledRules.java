package fr.aiguilleur.rules.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The packaged rule files compiled at Maven build time (one archive per file in
 * {@code fr/aiguilleur/rules/compiled/}), so that starting the service loads classes instead of
 * compiling. An archive is used only for the exact file it was compiled from (same name and
 * content): otherwise the file is compiled as usual.
 */
final class PrecompiledRules {

    static final String FOLDER = PackagedRuleFiles.FOLDER + "compiled/";
    private static final String CONTENT_HASH = "content-sha256";
    private static final String MODELS = "models";

    private PrecompiledRules() {
    }

    /** The packaged compiled form of this file, if there is one for this very content. */
    static Optional<CompiledFile> find(RuleFile file) {
        try (InputStream in = PrecompiledRules.class.getClassLoader().getResourceAsStream(FOLDER + file.name() + ".zip")) {
            if (in == null) {
                return Optional.empty();
            }
            CompiledFile compiled = read(file.name(), in.readAllBytes());
            return compiled.compiledFrom(file) ? Optional.of(compiled) : Optional.empty();
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    static byte[] write(CompiledFile file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, CONTENT_HASH, file.contentHash().getBytes(StandardCharsets.UTF_8));
            entry(zip, MODELS, String.join("\n", file.modelClasses()).getBytes(StandardCharsets.UTF_8));
            for (var compiled : new TreeMap<>(file.classes()).entrySet()) {
                entry(zip, compiled.getKey(), compiled.getValue());
            }
        }
        return bytes.toByteArray();
    }

    static CompiledFile read(String name, byte[] archive) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        String hash = new String(entries.remove(CONTENT_HASH), StandardCharsets.UTF_8);
        List<String> models = new String(entries.remove(MODELS), StandardCharsets.UTF_8).lines().toList();
        return new CompiledFile(name, hash, models, entries);
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(0); // the same files give the same archive
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    /**
     * Run at Maven build time ({@code process-classes}): compiles each packaged rule file into
     * {@code <classes folder>/fr/aiguilleur/rules/compiled/<file>.zip}. A file that does not compile
     * on its own is left out (it is built at run time, where its problems are reported).
     */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]).resolve(FOLDER);
        Files.createDirectories(folder);
        try (var old = Files.list(folder)) {
            for (Path stale : old.toList()) {
                Files.delete(stale);
            }
        }
        for (RuleFile file : RuleFiles.packaged().files()) {
            Optional<CompiledFile> compiled = FileCompiler.compile(file);
            if (compiled.isPresent()) {
                Files.write(folder.resolve(file.name() + ".zip"), write(compiled.get()));
            } else {
                System.out.println("[rules] " + file.name() + " does not compile on its own: built at run time");
            }
        }
    }
}
