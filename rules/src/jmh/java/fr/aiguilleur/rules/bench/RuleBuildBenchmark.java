package fr.aiguilleur.rules.bench;

import fr.aiguilleur.rules.engine.RuleCompiler;
import fr.aiguilleur.rules.engine.RuleFile;
import fr.aiguilleur.rules.engine.RuleFiles;
import fr.aiguilleur.rules.engine.RuleSet;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building the packaged rules. {@code coldBuild} is the first build in a fresh JVM (one per fork),
 * as when the service starts: it loads the files precompiled at Maven build time.
 * {@code coldCompile} is the same in a fresh JVM compiling every file from source (a rules folder
 * whose every file differs from the packaged ones). {@code rebuild} is a build in a JVM that has
 * built before, one file changed each time, as a hot reload does; {@code rebuildFromSource} compiles
 * every file again in that JVM.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RuleBuildBenchmark {

    private final RuleCompiler compiler = RuleCompiler.alwaysBuilding();
    private final RuleCompiler fromSource = RuleCompiler.fromSource();
    private int builds;

    @Benchmark
    @Fork(5)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public RuleSet coldBuild() {
        return compiler.compile(RuleFiles.packaged()).orThrow();
    }

    @Benchmark
    @Fork(5)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public RuleSet coldCompile() {
        return fromSource.compile(RuleFiles.packaged()).orThrow();
    }

    @Benchmark
    @Fork(1)
    @Warmup(iterations = 3)
    @Measurement(iterations = 5)
    public RuleSet rebuild() {
        return compiler.compile(changed(RuleFiles.packaged(), ++builds)).orThrow();
    }

    @Benchmark
    @Fork(1)
    @Warmup(iterations = 3)
    @Measurement(iterations = 5)
    public RuleSet rebuildFromSource() {
        return fromSource.compile(changed(RuleFiles.packaged(), ++builds)).orThrow();
    }

    /** The files with a comment added, so that each build has new content. */
    static RuleFiles changed(RuleFiles files, int build) {
        List<RuleFile> changed = new ArrayList<>();
        for (RuleFile file : files.files()) {
            byte[] content = file.content();
            if (file.name().equals("autonomy.drl")) {
                content = (new String(content, StandardCharsets.UTF_8) + "\n// build " + build + "\n")
                        .getBytes(StandardCharsets.UTF_8);
            }
            changed.add(new RuleFile(file.name(), content));
        }
        return new RuleFiles("bench", changed);
    }
}
