package fr.aiguilleur.rules.authoring;

import fr.aiguilleur.conversations.texts.Texts;
import fr.aiguilleur.conversations.diagnosis.Answers;
import fr.aiguilleur.conversations.diagnosis.Diagnosis;
import fr.aiguilleur.conversations.leads.DiagnosisExport;
import fr.aiguilleur.conversations.leads.StoredDiagnosis;
import fr.aiguilleur.rules.engine.DroolsDiagnostician;
import fr.aiguilleur.rules.engine.RuleSet;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code impact --rules DIR --diagnoses FILE}: replays stored diagnoses (the JSON lines of
 * {@link DiagnosisExport}) through the rules of DIR, counts how many decisions, priorities, levels
 * and service lists would change, and lists each case that changes. Cases are named by their
 * position in the file, never by a conversation id.
 */
final class ImpactCommand {

    private ImpactCommand() {
    }

    static int run(CliArguments arguments, PrintStream out) {
        if (arguments.option("--diagnoses").isEmpty()) {
            return RulesCli.usage(out, arguments, "rules.cli.impact.needs-diagnoses");
        }
        List<StoredDiagnosis> stored = read(Path.of(arguments.option("--diagnoses").get()), arguments.texts());
        Workbench workbench = new Workbench(arguments, out);
        Optional<RuleSet> rules = workbench.rules();
        if (rules.isEmpty()) {
            return RulesCli.FAILED;
        }
        DroolsDiagnostician diagnostician = workbench.diagnostician(rules.get());
        ImpactReport report = new ImpactReport(arguments.texts());
        for (int i = 0; i < stored.size(); i++) {
            StoredDiagnosis before = stored.get(i);
            Diagnosis after = diagnostician.reason(new Answers(before.answers()), before.departement()).diagnosis();
            report.compare(i + 1, before, after);
        }
        out.println(arguments.texts().get("rules.cli.impact.replayed", stored.size(), rules.get().source(),
                rules.get().version()));
        out.print(report.describe());
        return RulesCli.OK;
    }

    static List<StoredDiagnosis> read(Path file, Texts texts) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return DiagnosisExport.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(texts.get("rules.cli.impact.unreadable", file), e);
        }
    }
}
