package fr.aiguilleur.rules.engine;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;

/**
 * The rules of a set of files with the lines they are written on. Decision tables are read through
 * the DRL text Drools generates from them; each generated rule remembers its table row.
 */
final class RuleIndex {

    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))");
    private static final Pattern END = Pattern.compile("^\\s*end\\s*$");
    private static final Pattern ROW = Pattern.compile("//\\s*rule values at [A-Z]+(\\d+)");

    private final List<IndexedRule> rules;

    private RuleIndex(List<IndexedRule> rules) {
        this.rules = List.copyOf(rules);
    }

    static RuleIndex of(RuleFiles files) {
        List<IndexedRule> rules = new ArrayList<>();
        for (RuleFile file : files.files()) {
            drlText(file).ifPresent(text -> rules.addAll(read(file, text)));
        }
        return new RuleIndex(rules);
    }

    /** The DRL text of a file; for a decision table, the text Drools generates from it. */
    static Optional<String> drlText(RuleFile file) {
        if (!file.isTable()) {
            return Optional.of(file.text());
        }
        try {
            InputType type = file.isSpreadsheet() ? InputType.XLS : InputType.CSV;
            return Optional.of(new SpreadsheetCompiler().compile(new ByteArrayInputStream(file.content()), type));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static List<IndexedRule> read(RuleFile file, String drl) {
        List<IndexedRule> found = new ArrayList<>();
        String[] lines = drl.split("\r?\n", -1);
        int row = 0;
        for (int i = 0; i < lines.length; i++) {
            Matcher rowComment = ROW.matcher(lines[i]);
            if (rowComment.find()) {
                row = Integer.parseInt(rowComment.group(1));
            }
            Matcher start = RULE.matcher(lines[i]);
            if (start.find()) {
                int end = i;
                while (end < lines.length - 1 && !END.matcher(lines[end]).matches()) {
                    end++;
                }
                String name = start.group(1) != null ? start.group(1)
                        : start.group(2) != null ? start.group(2) : start.group(3);
                List<String> text = List.of(lines).subList(i, end + 1);
                found.add(new IndexedRule(file.name(), name, file.isTable() ? row : i + 1, i + 1, text, file.isTable()));
                i = end;
            }
        }
        return found;
    }

    List<IndexedRule> rules() {
        return rules;
    }

    Optional<IndexedRule> named(String name) {
        return rules.stream().filter(rule -> rule.name().equals(name)).findFirst();
    }

    Optional<IndexedRule> at(String file, int drlLine) {
        return rules.stream().filter(rule -> rule.file().equals(file) && rule.covers(drlLine)).findFirst();
    }
}
