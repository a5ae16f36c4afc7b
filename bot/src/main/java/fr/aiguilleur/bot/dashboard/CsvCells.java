package fr.aiguilleur.bot.dashboard;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Rows of a CSV file that opens as it should in a French spreadsheet: cells separated by
 * {@code ;}, quoted when needed, lines ended by CRLF. A cell that a spreadsheet would take for a
 * formula (starting with {@code = + - @}, a tab or a carriage return) gets a leading apostrophe,
 * so typed text is never run; a signed decimal number ("-12,5", "+3,0": a mean, never a phone
 * number) is left as it is, for the spreadsheet to read as a number.
 */
final class CsvCells {

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+,\\d+");

    /** The byte order mark that tells spreadsheets the file is UTF-8. */
    static final String BOM = "\uFEFF";
    static final String SEPARATOR = ";";
    static final String END_OF_LINE = "\r\n";

    private CsvCells() {
    }

    static String row(List<String> cells) {
        return cells.stream().map(CsvCells::cell).collect(Collectors.joining(SEPARATOR)) + END_OF_LINE;
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = formulaLike(value) ? "'" + value : value;
        if (safe.contains(SEPARATOR) || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    private static boolean formulaLike(String value) {
        if (NUMBER.matcher(value).matches()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
