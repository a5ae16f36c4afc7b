package fr.aiguilleur.rules.authoring;

import fr.aiguilleur.conversations.questionnaire.Questionnaire;
import fr.aiguilleur.conversations.services.ServiceCatalogue;
import fr.aiguilleur.rules.engine.Compilation;
import fr.aiguilleur.rules.engine.DroolsDiagnostician;
import fr.aiguilleur.rules.engine.RuleCompiler;
import fr.aiguilleur.rules.engine.RuleFiles;
import fr.aiguilleur.rules.engine.RuleSet;
import java.io.PrintStream;
import java.nio.file.Files;
import fr.aiguilleur.conversations.places.PackagedSample;
import fr.aiguilleur.conversations.places.PlaceFinder;
import fr.aiguilleur.conversations.places.PlacesData;
import fr.aiguilleur.conversations.places.PlacesFile;
import fr.aiguilleur.conversations.places.PostcodePositions;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * What a command works with: the rules chosen on the command line (a folder, or the packaged ones),
 * the questionnaire and the services catalogue.
 */
final class Workbench {

    private final CliArguments arguments;
    private final PrintStream out;

    Workbench(CliArguments arguments, PrintStream out) {
        this.arguments = arguments;
        this.out = out;
    }

    /** The rule files of {@code folder}, or the packaged ones when {@code folder} is empty. */
    static RuleFiles files(Optional<String> folder) {
        if (folder.isEmpty()) {
            return RuleFiles.packaged();
        }
        Path path = Path.of(folder.get());
        if (!Files.isDirectory(path)) {
            throw new IllegalArgumentException("the rule folder " + path + " does not exist");
        }
        return RuleFiles.folder(path);
    }

    /** Builds the rules of {@code --rules} (or the packaged ones); prints the problems when they do not build. */
    Optional<RuleSet> rules() {
        RuleFiles files = files(arguments.option("--rules"));
        Compilation compilation = new RuleCompiler().compile(files);
        if (!compilation.ok()) {
            out.println("The rules in " + files.source() + " cannot be used:");
            compilation.problems().forEach(problem -> out.println("  " + problem.describe()));
        }
        return compilation.rules();
    }

    Questionnaire questionnaire() {
        return Questionnaire.packaged();
    }

    ServiceCatalogue catalogue() {
        return arguments.option("--services").map(Path::of).map(ServiceCatalogue::load)
                .orElseGet(ServiceCatalogue::packaged);
    }

    DroolsDiagnostician diagnostician(RuleSet rules) {
        return new DroolsDiagnostician(() -> rules, catalogue(), questionnaire().version(), places());
    }

    /** The places of {@code --places} (a file in the national standard), or the packaged sample. */
    PlaceFinder places() {
        PlacesData data = arguments.option("--places").map(Path::of).map(Workbench::read)
                .orElseGet(() -> PackagedSample.load(Instant.now()));
        return new PlaceFinder(PostcodePositions.packaged(), () -> data);
    }

    private static PlacesData read(Path file) {
        try (var reader = java.nio.file.Files.newBufferedReader(file)) {
            return new PlacesData(file.toString(), false, PlacesFile.read(reader), Instant.now());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + file, e);
        }
    }
}
