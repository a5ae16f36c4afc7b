package fr.aiguilleur.rules.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.builder.Message;

/**
 * Turns Drools build messages into problems an author can act on: the rule file, the line (the row
 * of a decision table) and the rule. Errors in a rule's {@code then} part are reported by Drools
 * against Java it generated; they are traced back to the rule whose text they come from.
 */
final class ProblemLocator {

    private static final String JAVA_SOURCE = "Java source of ";
    private static final String NULL_PACKAGE = "Parser returned a null Package";
    private static final Pattern IN_RULE = Pattern.compile("\\s*in rule \"([^\"]+)\"");
    private static final Pattern ERROR_PREFIX = Pattern.compile("^\\[ERR \\d+\\]\\s*(Line \\d+:\\d+\\s*)?");

    private final RuleFiles files;
    private final RuleIndex index;

    ProblemLocator(RuleFiles files) {
        this.files = files;
        this.index = RuleIndex.of(files);
    }

    List<RuleProblem> locate(List<Message> messages) {
        Map<String, String> generated = new HashMap<>();
        messages.stream().filter(message -> message.getText().startsWith(JAVA_SOURCE))
                .forEach(message -> generated.put(message.getPath(), message.getText()));
        var problems = new LinkedHashSet<RuleProblem>();
        for (Message message : messages) {
            if (message.getText().startsWith(JAVA_SOURCE)) {
                continue;
            }
            String path = message.getPath();
            problems.add(path != null && path.endsWith(".java")
                    ? fromGeneratedJava(message, generated.get(path))
                    : fromRuleFile(message));
        }
        return withoutEchoes(new ArrayList<>(problems));
    }

    private RuleProblem fromRuleFile(Message message) {
        String file = fileNamed(message.getPath());
        String text = message.getText().strip();
        Matcher inRule = IN_RULE.matcher(text);
        String rule = inRule.find() ? inRule.group(1) : null;
        Optional<IndexedRule> indexed = rule != null ? index.named(rule)
                : file != null ? index.at(file, message.getLine()) : Optional.empty();
        boolean table = file != null && RuleFile.isTable(file);
        int line = table ? indexed.map(IndexedRule::line).orElse(0)
                : message.getLine() > 0 ? message.getLine() : indexed.map(IndexedRule::line).orElse(0);
        String cleaned = ERROR_PREFIX.matcher(IN_RULE.matcher(text).replaceAll("")).replaceFirst("");
        return new RuleProblem(file, line, rule != null ? rule : indexed.map(IndexedRule::name).orElse(null),
                cleaned.isBlank() ? text : cleaned);
    }

    private RuleProblem fromGeneratedJava(Message message, String source) {
        String offending = source == null ? "" : lineOf(source, message.getLine());
        return RuleMatch.best(index, message.getText(), offending)
                .map(match -> new RuleProblem(match.rule().file(), match.line(), match.rule().name(), message.getText()))
                .orElseGet(() -> new RuleProblem(null, 0, null, message.getText() + " (in: " + offending.strip() + ")"));
    }

    private static String lineOf(String source, int line) {
        String[] lines = source.split("\r?\n");
        // The message starts with one line ("Java source of … in error:") before the source itself.
        int index = line;
        return index > 0 && index < lines.length ? lines[index] : "";
    }

    private String fileNamed(String path) {
        if (path == null) {
            return null;
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        return files.files().stream().map(RuleFile::name).filter(name::equals).findFirst().orElse(name);
    }

    /** Drops "null package" messages that only repeat that a file had errors already reported. */
    private static List<RuleProblem> withoutEchoes(List<RuleProblem> problems) {
        return problems.stream()
                .filter(problem -> !problem.message().startsWith(NULL_PACKAGE)
                        || problems.stream().noneMatch(other -> other != problem
                                && !other.message().startsWith(NULL_PACKAGE)
                                && java.util.Objects.equals(other.file(), problem.file())))
                .toList();
    }
}
