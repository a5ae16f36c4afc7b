package fr.aiguilleur.rules.vetting;

import fr.aiguilleur.conversations.texts.Texts;
import fr.aiguilleur.rules.engine.RuleProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks the level table (the one whose conditions are {@code score >= $param} and
 * {@code score <= $param}): its bands must cover every score from 0 to 100, each exactly once.
 */
final class LevelBands {

    private LevelBands() {
    }

    private record Band(int from, int to, DecisionTable.Row row, String rule) {
    }

    static List<RuleProblem> check(DecisionTable table, Texts texts) {
        int fromColumn = column(table, ">=");
        int toColumn = column(table, "<=");
        if (fromColumn < 0 || toColumn < 0) {
            return List.of();
        }
        List<Band> bands = new ArrayList<>();
        for (DecisionTable.Row row : table.rows()) {
            try {
                bands.add(new Band(Integer.parseInt(row.cell(fromColumn)), Integer.parseInt(row.cell(toColumn)), row,
                        row.cell(0)));
            } catch (NumberFormatException notANumber) {
                return List.of(); // reported by the table check
            }
        }
        List<RuleProblem> problems = new ArrayList<>();
        bands.sort(Comparator.comparingInt(Band::from));
        int next = 0;
        for (Band band : bands) {
            if (band.from() > band.to()) {
                problems.add(problem(table, band, texts.get("rules.check.band.empty", band.from(), band.to())));
                continue;
            }
            if (band.from() > next) {
                problems.add(problem(table, band, texts.get("rules.check.band.gap",
                        range(next, band.from() - 1, texts))));
            } else if (band.from() < next) {
                problems.add(problem(table, band, texts.get("rules.check.band.overlap",
                        range(band.from(), Math.min(next - 1, band.to()), texts))));
            }
            next = Math.max(next, band.to() + 1);
        }
        if (next <= 100 && !bands.isEmpty()) {
            problems.add(problem(table, bands.get(bands.size() - 1), texts.get("rules.check.band.short",
                    range(next, 100, texts))));
        }
        return problems;
    }

    private static int column(DecisionTable table, String comparison) {
        for (int column = 0; column < table.columns(); column++) {
            if (table.code(column).replace(" ", "").contains("score" + comparison + "$param")) {
                return column;
            }
        }
        return -1;
    }

    private static RuleProblem problem(DecisionTable table, Band band, String message) {
        return new RuleProblem(table.file(), band.row().line(), band.rule(), message);
    }

    private static String range(int from, int to, Texts texts) {
        return from == to ? String.valueOf(from) : texts.get("rules.check.band.range", from, to);
    }
}
