package io.vectwin.jobs.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a command prints a {@link TextTable}: aligned for people, CSV for programs. */
public enum OutputFormat {

    /** Columns padded to a common width, two spaces apart, headers on the first line. */
    TABLE {
        @Override
        public void write(TextTable table, PrintWriter out) {
            List<TextTable.Column> columns = table.columns();
            int[] width = new int[columns.size()];
            for (int c = 0; c < width.length; c++) {
                width[c] = columns.get(c).header().length();
                for (List<String> row : table.rows()) {
                    width[c] = Math.max(width[c], row.get(c).length());
                }
            }
            out.println(alignedLine(table.headers(), columns, width));
            for (List<String> row : table.rows()) {
                out.println(alignedLine(row, columns, width));
            }
            out.flush();
        }
    },

    /** RFC 4180: comma-separated, one header line, fields quoted only when they need it. */
    CSV {
        @Override
        public void write(TextTable table, PrintWriter out) {
            out.println(csvLine(table.headers()));
            for (List<String> row : table.rows()) {
                out.println(csvLine(row));
            }
            out.flush();
        }
    };

    public abstract void write(TextTable table, PrintWriter out);

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OutputFormat parse(String text) {
        if (text != null) {
            for (OutputFormat f : values()) {
                if (f.cliName().equals(text.strip().toLowerCase(Locale.ROOT))) {
                    return f;
                }
            }
        }
        throw new IllegalArgumentException("unknown format '" + text + "' (expected table or csv)");
    }

    private static String alignedLine(List<String> cells, List<TextTable.Column> columns, int[] width) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                line.append("  ");
            }
            String cell = cells.get(c);
            String pad = " ".repeat(width[c] - cell.length());
            line.append(columns.get(c).rightAligned() ? pad + cell : cell + pad);
        }
        return line.toString().stripTrailing();
    }

    private static String csvLine(List<String> cells) {
        return cells.stream().map(OutputFormat::csvField).collect(Collectors.joining(","));
    }

    static String csvField(String cell) {
        boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0;
        return quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
