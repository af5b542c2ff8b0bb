package io.vectwin.jobs.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Rows of text cells under named columns, ready to be printed by an {@link OutputFormat}.
 * The cells are already formatted: the table only lays them out.
 */
public final class TextTable {

    /** A column: its header and whether its cells are right-aligned (numbers) in the aligned layout. */
    public record Column(String header, boolean rightAligned) {

        public static Column text(String header) {
            return new Column(header, false);
        }

        public static Column number(String header) {
            return new Column(header, true);
        }
    }

    private final List<Column> columns;
    private final List<List<String>> rows = new ArrayList<>();

    public TextTable(List<Column> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("columns must not be empty");
        }
        this.columns = List.copyOf(columns);
    }

    public TextTable addRow(List<String> cells) {
        if (cells.size() != columns.size()) {
            throw new IllegalArgumentException("row has " + cells.size() + " cells, table has " + columns.size()
                    + " columns");
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    public List<Column> columns() {
        return columns;
    }

    public List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }

    public List<List<String>> rows() {
        return Collections.unmodifiableList(rows);
    }
}
