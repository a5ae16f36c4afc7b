package fr.aiguilleur.bot.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCellsTests {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+33612345678", "-2", "@SUM(A1)", "\tcmd", "\rcmd"})
    void neutralisesCellsASpreadsheetWouldRunAsFormulas(String typed) {
        String cell = CsvCells.cell(typed);
        String unquoted = cell.startsWith("\"") ? cell.substring(1, cell.length() - 1) : cell;
        assertThat(unquoted).isEqualTo("'" + typed);
    }

    @Test
    void quotesCellsHoldingTheSeparatorQuotesOrLineBreaks() {
        assertThat(CsvCells.cell("a;b")).isEqualTo("\"a;b\"");
        assertThat(CsvCells.cell("dit \"oui\"")).isEqualTo("\"dit \"\"oui\"\"\"");
        assertThat(CsvCells.cell("deux\nlignes")).isEqualTo("\"deux\nlignes\"");
    }

    @Test
    void leavesASignedDecimalNumberForTheSpreadsheetToReadAsANumber() {
        assertThat(CsvCells.cell("-12,5")).isEqualTo("-12,5");
        assertThat(CsvCells.cell("+3,0")).isEqualTo("+3,0");
        assertThat(CsvCells.cell("-12,5+cmd")).isEqualTo("'-12,5+cmd");
    }

    @Test
    void leavesPlainTextAsItIs() {
        assertThat(CsvCells.cell("Élodie")).isEqualTo("Élodie");
        assertThat(CsvCells.cell(null)).isEmpty();
    }

    @Test
    void endsEachRowWithCrLfAndSeparatesCellsWithSemicolons() {
        assertThat(CsvCells.row(Arrays.asList("a", null, "=b"))).isEqualTo("a;;'=b\r\n");
        assertThat(CsvCells.row(List.of("x"))).endsWith("\r\n");
    }
}
