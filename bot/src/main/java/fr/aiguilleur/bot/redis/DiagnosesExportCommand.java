package fr.aiguilleur.bot.redis;

import fr.aiguilleur.conversations.leads.DiagnosisExport;
import fr.aiguilleur.conversations.leads.StoredDiagnosis;
import io.lettuce.core.RedisURI;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rule authors' export, run once from the service jar and without the service (no web server,
 * no Telegram, no jobs): reads every diagnosis stored in a Redis and writes them as the JSON lines
 * of {@link DiagnosisExport} (pseudonymous, no conversation id), to a file or to standard output.
 * {@code rules/aiguilleur-rules export --redis URL [--out FILE]} runs it as
 * <pre>
 * java -cp aiguilleur-bot.jar -Dloader.main=fr.aiguilleur.bot.redis.DiagnosesExportCommand \
 *      org.springframework.boot.loader.launch.PropertiesLauncher --redis URL [--out FILE]
 * </pre>
 * Exit code 0 when written, 1 when Redis cannot be read or the file cannot be written (one line on
 * standard error, and no file), 2 when the command line is wrong. Author tooling: its messages are
 * in English, like the rules command line's.
 */
public final class DiagnosesExportCommand {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final String USAGE_TEXT = "Usage: aiguilleur-rules export --redis URL [--out FILE]"
            + "  (URL: redis://[:PASSWORD@]HOST[:PORT][/DB]; without --out, the lines go to standard output)";

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** Only read here; the stores need a TTL to be built. */
    private static final Duration UNUSED_TTL = Duration.ofDays(1);

    private DiagnosesExportCommand() {
    }

    public static void main(String[] args) {
        if (System.getProperty("logback.configurationFile") == null) {
            // The lines may go to standard output: the libraries' logs must stay out of it.
            System.setProperty("logback.configurationFile", "export-logback.xml");
        }
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = run(List.of(args), out, err);
        out.flush();
        System.exit(code);
    }

    /** Runs the export; the lines go to {@code out} unless {@code --out FILE}; returns the exit code. */
    static int run(List<String> args, PrintStream out, PrintStream err) {
        Map<String, String> options = options(args);
        Optional<String> url = Optional.ofNullable(options.get("--redis")).filter(value -> !value.isBlank());
        Optional<String> file = Optional.ofNullable(options.get("--out"));
        if (url.isEmpty()) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        RedisURI where;
        try {
            where = RedisURI.create(url.get());
        } catch (IllegalArgumentException e) {
            err.println("Error: --redis needs a Redis URL such as redis://localhost:6379/0. " + USAGE_TEXT);
            return USAGE;
        }
        List<StoredDiagnosis> diagnoses;
        try (Redis redis = new Redis(url.get(), TIMEOUT)) {
            diagnoses = new RedisDiagnoses(redis, UNUSED_TTL).all();
        } catch (StoreUnavailable | IllegalArgumentException e) {
            err.println("Error: cannot read the diagnoses from Redis at " + where.getHost() + ":" + where.getPort()
                    + " (" + cause(e) + ").");
            return FAILED;
        }
        try {
            if (file.isPresent()) {
                writeFile(Path.of(file.get()), diagnoses);
                err.println("Wrote " + diagnoses.size() + " diagnoses to " + file.get() + ".");
            } else {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                DiagnosisExport.write(diagnoses, writer);
            }
        } catch (UncheckedIOException e) {
            err.println("Error: " + e.getMessage() + " (" + cause(e) + ").");
            return FAILED;
        }
        if (diagnoses.isEmpty()) {
            err.println("Note: no diagnosis is stored in that Redis database: is it the service's REDIS_URL,"
                    + " database number included?");
        }
        return OK;
    }

    /** Written beside the file, then moved over it: a failure leaves no half-written export. */
    private static void writeFile(Path file, List<StoredDiagnosis> diagnoses) {
        Path target = file.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                DiagnosisExport.write(diagnoses, writer);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new UncheckedIOException("cannot write " + file, e);
        } catch (UncheckedIOException e) {
            deleteQuietly(partial);
            throw new UncheckedIOException("cannot write " + file, e.getCause());
        }
    }

    private static void deleteQuietly(Path partial) {
        try {
            Files.deleteIfExists(partial);
        } catch (IOException ignored) {
            // nothing more to do: the error about the export itself is reported
        }
    }

    /** {@code --redis} and {@code --out}, as {@code --name VALUE} or {@code --name=VALUE}; empty when anything else is given. */
    private static Map<String, String> options(List<String> args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String[] pair = args.get(i).split("=", 2);
            if (!List.of("--redis", "--out").contains(pair[0]) || (pair.length == 1 && i + 1 == args.size())) {
                return Map.of();
            }
            options.put(pair[0], pair.length == 2 ? pair[1] : args.get(++i));
        }
        return options;
    }

    /** The deepest cause's message, on one line, without the network layer's prefixes ("Connection refused"). */
    private static String cause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof NoSuchFileException) {
            return "no such folder";
        }
        if (root instanceof AccessDeniedException) {
            return "permission denied";
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        message = message.replaceAll("\\s+", " ").strip();
        return message.substring(message.lastIndexOf(": ") + 1).strip();
    }
}
