package fr.aiguilleur.rules.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.drools.model.Model;

/**
 * One rule file compiled on its own to executable-model classes (its rules as Java), so that a rule
 * set can be put together from files compiled earlier: at Maven build time for the packaged files,
 * or at an earlier reload for the files an author did not change.
 *
 * @param name         the rule file's name
 * @param contentHash  the SHA-256 of the file name and content it was compiled from (hexadecimal)
 * @param modelClasses the generated classes that describe the file's rules (Drools {@link Model}s)
 * @param classes      every generated class, by class-file path ("fr/aiguilleur/rules/P1/X.class")
 */
record CompiledFile(String name, String contentHash, List<String> modelClasses, Map<String, byte[]> classes) {

    CompiledFile {
        modelClasses = List.copyOf(modelClasses);
        classes = Map.copyOf(classes);
    }

    static String hashOf(RuleFile file) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(file.name().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            return HexFormat.of().formatHex(digest.digest(file.content()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    boolean compiledFrom(RuleFile file) {
        return name.equals(file.name()) && contentHash.equals(hashOf(file));
    }

    /** Loads the classes (in a class loader of their own) and gives the file's rules. */
    List<Model> loadModels() {
        GeneratedClasses loader = new GeneratedClasses(name, classes, CompiledFile.class.getClassLoader());
        List<Model> models = new ArrayList<>();
        for (String modelClass : modelClasses) {
            try {
                models.add((Model) loader.loadClass(modelClass).getConstructor().newInstance());
            } catch (ReflectiveOperationException | LinkageError e) {
                throw new IllegalStateException("the compiled rules of " + name + " cannot be loaded", e);
            }
        }
        return models;
    }

    /** The class loader of one compiled file: each file's generated classes may reuse names. */
    private static final class GeneratedClasses extends ClassLoader {

        private final Map<String, byte[]> classes;

        GeneratedClasses(String file, Map<String, byte[]> classes, ClassLoader parent) {
            super("rules:" + file, parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String className) throws ClassNotFoundException {
            byte[] bytes = classes.get(className.replace('.', '/') + ".class");
            if (bytes == null) {
                throw new ClassNotFoundException(className);
            }
            return defineClass(className, bytes, 0, bytes.length);
        }
    }
}
