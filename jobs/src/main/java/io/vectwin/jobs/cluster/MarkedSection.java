package io.vectwin.jobs.cluster;

/**
 * Rewrites the part of a Markdown document between two HTML comment markers, so that a tool owns
 * exactly that part (its measured figures) and the prose around it stays as written. Pure string
 * functions.
 */
public final class MarkedSection {

    private MarkedSection() {
    }

    /** {@code <!-- name:begin -->}. */
    public static String begin(String name) {
        return "<!-- " + name + ":begin -->";
    }

    /** {@code <!-- name:end -->}. */
    public static String end(String name) {
        return "<!-- " + name + ":end -->";
    }

    /**
     * {@code document} with everything between the markers of {@code name} replaced by {@code body}
     * (markers kept, each on its own line).
     *
     * @throws IllegalArgumentException if either marker is missing, appears twice, or they are out of order
     */
    public static String replace(String document, String name, String body) {
        String b = begin(name);
        String e = end(name);
        int start = document.indexOf(b);
        int stop = document.indexOf(e);
        if (start < 0 || stop < 0) {
            throw new IllegalArgumentException("no section marked " + b + " ... " + e);
        }
        if (document.indexOf(b, start + 1) >= 0 || document.indexOf(e, stop + 1) >= 0) {
            throw new IllegalArgumentException("the markers " + b + " / " + e + " appear more than once");
        }
        if (stop < start) {
            throw new IllegalArgumentException(e + " comes before " + b);
        }
        return document.substring(0, start + b.length()) + "\n" + body.strip() + "\n" + document.substring(stop);
    }

    /** Throws as {@link #replace} would, without changing anything: for a check before a long run. */
    public static void check(String document, String name) {
        replace(document, name, "");
    }
}
