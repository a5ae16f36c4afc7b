package fr.aiguilleur.rules.vetting;

import fr.aiguilleur.conversations.texts.Texts;
import fr.aiguilleur.rules.engine.RuleProblem;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps problem messages to what an author can read: no stack trace lines, a few lines at most,
 * and a plain hint for the build errors authors meet most.
 */
final class PlainProblems {

    private static final Pattern FRAME = Pattern.compile("^\\s*(at [\\w.$]+\\(.*|Caused by:.*|\\.\\.\\. \\d+ more)$");
    private static final Pattern CONSTRUCTOR = Pattern.compile(
            "(?:constructor|method) (NeedPoints|Autonomy|Orientation|VisitPriority|ServiceLimit|first|forNeed|general|local)\\(");
    private static final int MOST_LINES = 3;

    private PlainProblems() {
    }

    static List<RuleProblem> of(List<RuleProblem> problems, Texts texts) {
        return problems.stream().map(problem -> plain(problem, texts)).distinct().toList();
    }

    private static RuleProblem plain(RuleProblem problem, Texts texts) {
        String message = problem.message() == null ? texts.get("rules.check.unknown") : problem.message();
        List<String> lines = message.lines().filter(line -> !FRAME.matcher(line).matches() && !line.isBlank())
                .limit(MOST_LINES).toList();
        String text = String.join(" / ", lines.stream().map(String::strip).toList());
        Matcher constructor = CONSTRUCTOR.matcher(text);
        if (constructor.find() && (text.contains("undefined") || text.contains("cannot be applied")
                || text.contains("not applicable") || text.contains("no suitable"))) {
            text = problem.file() != null && problem.file().endsWith(".csv")
                    ? texts.get("rules.check.two-reasons.table", text)
                    : texts.get("rules.check.two-reasons", text);
        }
        return new RuleProblem(problem.file(), problem.line(), problem.rule(), text);
    }
}
