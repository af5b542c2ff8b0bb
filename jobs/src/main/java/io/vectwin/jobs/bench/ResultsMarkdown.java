package io.vectwin.jobs.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Edits benchmarks/RESULTS.md one section at a time, so that every tool owns its own
 * {@code ## } section and rewrites it without touching the others. Pure string functions.
 */
public final class ResultsMarkdown {

    /** What a new RESULTS.md starts with. */
    public static final String PREAMBLE = """
            # Benchmark results

            Measured on this repository's code by the tools in `benchmarks/` (see its README.md).
            Each tool rewrites its own section in place; the figures are never typed by hand.
            """;

    private ResultsMarkdown() {
    }

    /**
     * Returns {@code document} with the section headed by {@code section}'s first line replaced
     * by {@code section}, or with {@code section} appended when no such heading exists (a blank
     * or empty document becomes {@link #PREAMBLE} plus the section).
     *
     * <p>A section runs from its heading line up to the next level-1 or level-2 heading
     * ({@code # } or {@code ## }), or the end; deeper headings ({@code ### }) belong to it.
     * Lines inside fenced code blocks ({@code ```}) are never taken for headings.
     *
     * @param section the whole new section, its first line a level-2 heading such as
     *                {@code ## Link evaluation (network-model)}
     */
    public static String replaceSection(String document, String section) {
        List<String> newLines = section.strip().lines().toList();
        String heading = newLines.get(0).strip();
        if (!heading.startsWith("## ")) {
            throw new IllegalArgumentException("section must start with a '## ' heading, got '" + heading + "'");
        }
        if (document == null || document.isBlank()) {
            return PREAMBLE + "\n" + String.join("\n", newLines) + "\n";
        }
        List<String> lines = document.lines().toList();
        boolean[] fenced = fencedLines(lines);
        int start = -1;
        for (int i = 0; i < lines.size() && start < 0; i++) {
            if (!fenced[i] && lines.get(i).strip().equals(heading)) {
                start = i;
            }
        }
        List<String> out = new ArrayList<>();
        if (start < 0) {
            out.addAll(trimTrailingBlankLines(lines));
            out.add("");
            out.addAll(newLines);
            return String.join("\n", out) + "\n";
        }
        int end = start + 1;
        while (end < lines.size() && (fenced[end] || !isSectionBoundary(lines.get(end)))) {
            end++;
        }
        out.addAll(lines.subList(0, start));
        out.addAll(newLines);
        if (end < lines.size()) {
            out.add("");
            out.addAll(lines.subList(end, lines.size()));
        }
        return String.join("\n", out) + "\n";
    }

    private static boolean isSectionBoundary(String line) {
        return line.startsWith("# ") || line.startsWith("## ");
    }

    /** fenced[i] is true for the lines of a ``` block, fences included. */
    private static boolean[] fencedLines(List<String> lines) {
        boolean[] fenced = new boolean[lines.size()];
        boolean inside = false;
        for (int i = 0; i < lines.size(); i++) {
            boolean fence = lines.get(i).strip().startsWith("```");
            fenced[i] = inside || fence;
            if (fence) {
                inside = !inside;
            }
        }
        return fenced;
    }

    private static List<String> trimTrailingBlankLines(List<String> lines) {
        int n = lines.size();
        while (n > 0 && lines.get(n - 1).isBlank()) {
            n--;
        }
        return lines.subList(0, n);
    }
}
