package fr.aiguilleur.rules.vetting;

import fr.aiguilleur.conversations.texts.Texts;
import fr.aiguilleur.rules.engine.RuleFile;
import fr.aiguilleur.rules.engine.RuleFiles;
import fr.aiguilleur.rules.engine.RuleProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks the rows of CSV decision tables before Drools reads them, so that a shifted column, an
 * unquoted comma or an empty cell is told in one sentence with its row: Drools would silently drop
 * an empty cell's condition or action (an empty Reason gives no points) or fail with a stack trace.
 */
final class TableCheck {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d+");
    private static final Pattern NUMBER_CODE = Pattern.compile("\\b(int|long)\\s+\\w+\\s*=\\s*\\$param|score\\s*[<>]=?\\s*\\$param");

    private TableCheck() {
    }

    static List<RuleProblem> check(RuleFiles files, Texts texts) {
        List<RuleProblem> problems = new ArrayList<>();
        for (RuleFile file : files.files()) {
            for (DecisionTable table : DecisionTable.read(file)) {
                table.rows().forEach(row -> problems.addAll(check(table, row, texts)));
                problems.addAll(LevelBands.check(table, texts));
            }
        }
        return problems;
    }

    private static List<RuleProblem> check(DecisionTable table, DecisionTable.Row row, Texts texts) {
        List<RuleProblem> problems = new ArrayList<>();
        String rule = row.cell(0).isEmpty() ? null : row.cell(0);
        int columns = table.columns();
        if (row.used() > columns) {
            problems.add(new RuleProblem(table.file(), row.line(), rule, texts.get("rules.check.row.cells",
                    row.used(), columns)));
            return problems;
        }
        if (rule == null) {
            problems.add(new RuleProblem(table.file(), row.line(), null, texts.get("rules.check.row.no-name")));
        }
        for (int column = 1; column < columns; column++) {
            String kind = table.kind(column);
            String cell = unquoted(row.cell(column));
            if ((kind.equals("CONDITION") || kind.equals("ACTION")) && cell.isEmpty()) {
                problems.add(new RuleProblem(table.file(), row.line(), rule, texts.get("rules.check.cell.empty",
                        table.title(column))));
            } else if (NUMBER_CODE.matcher(table.code(column)).find() && !WHOLE_NUMBER.matcher(cell).matches()) {
                problems.add(new RuleProblem(table.file(), row.line(), rule, texts.get("rules.check.cell.number",
                        table.title(column), cell)));
            }
        }
        return problems;
    }

    /** A cell holding only {@code ""} (an empty text in quotes) is empty too. */
    private static String unquoted(String cell) {
        String stripped = cell.strip();
        while (stripped.length() >= 2 && stripped.startsWith("\"") && stripped.endsWith("\"")) {
            stripped = stripped.substring(1, stripped.length() - 1).strip();
        }
        return stripped;
    }
}
