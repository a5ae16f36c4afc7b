package fr.aiguilleur.rules.bench;

import fr.aiguilleur.rules.engine.RuleFile;
import fr.aiguilleur.rules.engine.RuleFiles;
import fr.aiguilleur.rules.live.LiveRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A hot reload as an author sees it: from saving a changed rule file in the watched folder to the
 * new rules serving diagnoses. Includes the watcher's wait for the folder to settle (50 ms after the
 * file system's last event).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class HotReloadBenchmark {

    private Path folder;
    private LiveRules rules;
    private int saves;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        folder = Files.createTempDirectory("aiguilleur-rules-bench");
        for (RuleFile file : RuleFiles.packaged().files()) {
            Files.write(folder.resolve(file.name()), file.content());
        }
        rules = LiveRules.watching(folder);
        rules.start();
    }

    @Benchmark
    public String saveToServing() throws IOException, InterruptedException {
        Path autonomy = folder.resolve("autonomy.drl");
        String before = rules.get().version();
        Files.writeString(autonomy, Files.readString(autonomy, StandardCharsets.UTF_8) + "\n// save " + ++saves + "\n");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (before.equals(rules.get().version())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no reload within 60 s: " + rules.status());
            }
            Thread.sleep(1);
        }
        return rules.get().version();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        rules.close();
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }
}
