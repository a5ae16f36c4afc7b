package fr.aiguilleur.rules.authoring;

import fr.aiguilleur.conversations.questionnaire.Questionnaire;
import fr.aiguilleur.conversations.services.ServiceCatalogue;
import fr.aiguilleur.rules.engine.Compilation;
import fr.aiguilleur.rules.engine.DroolsDiagnostician;
import fr.aiguilleur.rules.engine.RuleCompiler;
import fr.aiguilleur.rules.engine.RuleFiles;
import fr.aiguilleur.rules.engine.RuleSet;
import fr.aiguilleur.rules.scenarios.PackagedScenarios;
import fr.aiguilleur.rules.scenarios.ScenarioSuite;
import fr.aiguilleur.rules.vetting.Vetting;
import fr.aiguilleur.conversations.texts.Texts;
import java.io.PrintStream;
import java.nio.file.Files;
import fr.aiguilleur.conversations.places.PackagedSample;
import fr.aiguilleur.conversations.places.PlaceFinder;
import fr.aiguilleur.conversations.places.PlacesData;
import fr.aiguilleur.conversations.places.PlacesFile;
import fr.aiguilleur.conversations.places.PostcodePositions;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
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

    /**
     * The rule files of {@code folder}; without one, the rule files of the sources (see
     * {@link Sources}), or the packaged ones when the sources are not found.
     */
    static RuleFiles files(Optional<String> folder, Texts texts) {
        if (folder.isEmpty()) {
            return Sources.find().map(sources -> RuleFiles.folder(sources.rules())).orElseGet(RuleFiles::packaged);
        }
        Path path = Path.of(folder.get());
        if (!Files.isDirectory(path)) {
            throw new IllegalArgumentException(texts.get("rules.cli.no-folder", path));
        }
        return RuleFiles.folder(path);
    }

    /** Vets the rules of {@code --rules} (or the sources'); prints the problems when they cannot be used. */
    Optional<RuleSet> rules() {
        RuleFiles files = files(arguments.option("--rules"), arguments.texts());
        Compilation compilation = vetting().vet(files);
        if (!compilation.ok()) {
            out.println(arguments.texts().get("rules.cli.unusable", files.source()));
            compilation.problems().forEach(problem -> out.println("  " + problem.describe()));
        }
        return compilation.rules();
    }

    /** The vetting of the live service, its canary running the scenarios of the sources when found. */
    Vetting vetting() {
        List<ScenarioSuite> scenarios = Sources.find().filter(sources -> Files.isDirectory(sources.scenarios()))
                .map(sources -> ScenarioFiles.in(List.of(sources.scenarios().toString())).stream()
                        .map(ScenarioSuite::read).toList())
                .orElseGet(PackagedScenarios::read);
        return new Vetting(new RuleCompiler(), questionnaire(), catalogue(), Vetting.samplePlaces(), scenarios,
                Vetting.CANARY_BOUND, arguments.texts());
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
        PlacesData data = arguments.option("--places").map(Path::of).map(file -> read(file, arguments.texts()))
                .orElseGet(() -> PackagedSample.load(Instant.now()));
        return new PlaceFinder(PostcodePositions.packaged(), () -> data);
    }

    private static PlacesData read(Path file, Texts texts) {
        try (var reader = java.nio.file.Files.newBufferedReader(file)) {
            return new PlacesData(file.toString(), false, PlacesFile.read(reader), Instant.now());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(texts.get("rules.cli.unreadable", file, e.getMessage()), e);
        }
    }
}
