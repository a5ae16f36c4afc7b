package fr.aiguilleur.rules.vetting;

import fr.aiguilleur.rules.engine.RuleFile;
import java.util.ArrayList;
import java.util.List;
import org.drools.decisiontable.parser.csv.CsvLineParser;

/**
 * One {@code RuleTable} of a CSV decision table, read as its author sees it: the kind of each
 * column (NAME, CONDITION, ACTION…), the code each column fills in, the column titles, and the rule
 * rows with their line numbers.
 *
 * @param file   the file's name
 * @param kinds  NAME, CONDITION, ACTION, DESCRIPTION… per column
 * @param code   the code template of each column ({@code int points = $param;})
 * @param titles the title of each column, as the author reads it ("Points", "Reason")
 * @param rows   the rule rows
 */
record DecisionTable(String file, List<String> kinds, List<String> code, List<String> titles, List<Row> rows) {

    /** A rule row: its line in the file and its cells. */
    record Row(int line, List<String> cells) {

        String cell(int column) {
            return column < cells.size() ? cells.get(column).strip() : "";
        }

        /** The number of cells up to the last one that is not empty. */
        int used() {
            int used = cells.size();
            while (used > 0 && cells.get(used - 1).isBlank()) {
                used--;
            }
            return used;
        }
    }

    /** The tables of a CSV file (an .xlsx file gives none: it is left to the build). */
    static List<DecisionTable> read(RuleFile file) {
        if (!file.isTable() || file.isSpreadsheet()) {
            return List.of();
        }
        CsvLineParser parser = new CsvLineParser();
        String[] lines = new String(file.content(), java.nio.charset.StandardCharsets.UTF_8).split("\r?\n", -1);
        List<DecisionTable> tables = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (cells(parser, lines[i]).stream().findFirst().orElse("").strip().startsWith("RuleTable")
                    && i + 4 < lines.length) {
                List<Row> rows = new ArrayList<>();
                int next = i + 5;
                while (next < lines.length && !cells(parser, lines[next]).stream().allMatch(String::isBlank)) {
                    rows.add(new Row(next + 1, cells(parser, lines[next])));
                    next++;
                }
                tables.add(new DecisionTable(file.name(), cells(parser, lines[i + 1]), cells(parser, lines[i + 3]),
                        cells(parser, lines[i + 4]), rows));
                i = next;
            }
        }
        return tables;
    }

    private static List<String> cells(CsvLineParser parser, String line) {
        return line.isBlank() ? List.of() : parser.parse(line);
    }

    int columns() {
        int columns = kinds.size();
        while (columns > 0 && kinds.get(columns - 1).isBlank()) {
            columns--;
        }
        return columns;
    }

    String kind(int column) {
        return column < kinds.size() ? kinds.get(column).strip().toUpperCase(java.util.Locale.ROOT) : "";
    }

    String code(int column) {
        return column < code.size() ? code.get(column) : "";
    }

    String title(int column) {
        String title = column < titles.size() ? titles.get(column).strip() : "";
        return title.isEmpty() ? "column " + (column + 1) : title;
    }
}
