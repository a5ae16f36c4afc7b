package fr.aiguilleur.rules.engine;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The names of the files directly in one class-path folder, whether the classes are a folder
 * (tests, IDE) or a jar (the command-line jar, the bot's nested jar).
 */
public final class ClassPathFolder {

    private ClassPathFolder() {
    }

    /**
     * @param url    one copy of the folder, from {@code ClassLoader.getResources(folder)}
     * @param folder the folder's path on the class path, ending with '/'
     * @param kept   which file names to keep
     */
    public static List<String> names(URL url, String folder, Predicate<String> kept) throws IOException {
        if ("file".equals(url.getProtocol())) {
            try (Stream<Path> paths = Files.list(Path.of(url.toURI()))) {
                return paths.map(path -> path.getFileName().toString()).filter(kept).toList();
            } catch (URISyntaxException e) {
                throw new IOException("unreadable class-path folder " + url, e);
            }
        }
        URLConnection connection = url.openConnection();
        if (connection instanceof JarURLConnection jar) {
            jar.setUseCaches(false);
            try (JarFile file = jar.getJarFile()) {
                return file.stream().map(JarEntry::getName)
                        .filter(name -> name.startsWith(folder) && name.indexOf('/', folder.length()) < 0)
                        .map(name -> name.substring(folder.length()))
                        .filter(name -> !name.isEmpty() && kept.test(name))
                        .toList();
            }
        }
        throw new IOException("cannot list the files at " + url);
    }
}
