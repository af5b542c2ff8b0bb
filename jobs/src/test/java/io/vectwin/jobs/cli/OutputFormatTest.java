package io.vectwin.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vectwin.jobs.cli.TextTable.Column;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputFormatTest {

    private static String print(OutputFormat f, TextTable t) {
        StringWriter s = new StringWriter();
        f.write(t, new PrintWriter(s));
        return s.toString().replace(System.lineSeparator(), "\n");
    }

    private static TextTable sample() {
        return new TextTable(List.of(Column.text("name"), Column.number("n")))
                .addRow(List.of("a", "1"))
                .addRow(List.of("long, \"quoted\"", "12345"));
    }

    @Test
    void csvQuotesOnlyFieldsThatNeedIt() {
        assertThat(print(OutputFormat.CSV, sample())).isEqualTo("name,n\na,1\n\"long, \"\"quoted\"\"\",12345\n");
    }

    @Test
    void tableLeftAlignsTextAndRightAlignsNumbers() {
        assertThat(print(OutputFormat.TABLE, sample())).isEqualTo(
                "name                n\n"
                + "a                   1\n"
                + "long, \"quoted\"  12345\n");
    }

    @Test
    void parseAcceptsTheCliNamesOnly() {
        assertThat(OutputFormat.parse(" CSV ")).isEqualTo(OutputFormat.CSV);
        assertThatThrownBy(() -> OutputFormat.parse("json")).hasMessageContaining("'json'");
    }

    @Test
    void rowsMustMatchTheColumns() {
        TextTable t = new TextTable(List.of(Column.text("a")));
        assertThatThrownBy(() -> t.addRow(List.of("1", "2"))).hasMessageContaining("2 cells");
    }

    @Test
    void numbersArePlainAndNonFiniteValuesUseTheShortSpellings() {
        assertThat(NumberText.exact(1e7)).isEqualTo("10000000");
        assertThat(NumberText.exact(2.5)).isEqualTo("2.5");
        assertThat(NumberText.exact(0.0)).isEqualTo("0");
        assertThat(NumberText.fixed(22.1846691, 4)).isEqualTo("22.1847");
        assertThat(NumberText.fixed(-16.44391, 2)).isEqualTo("-16.44");
        assertThat(NumberText.significant(0.005585477966, 5)).isEqualTo("0.0055855");
        assertThat(NumberText.significant(1.5e-12, 3)).isEqualTo("0.0000000000015");
        assertThat(NumberText.significant(Double.POSITIVE_INFINITY, 3)).isEqualTo("inf");
        assertThat(NumberText.fixed(Double.NEGATIVE_INFINITY, 3)).isEqualTo("-inf");
        assertThat(NumberText.exact(Double.NaN)).isEqualTo("nan");
    }
}
