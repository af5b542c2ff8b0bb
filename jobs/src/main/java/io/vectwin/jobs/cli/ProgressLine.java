package io.vectwin.jobs.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar on a terminal ({@code \r}-rewritten, at most every 200 ms so that it
 * never slows the work down), finished by a newline. On a non-terminal stream it stays silent
 * until {@link #finish}: logs get the result lines, not hundreds of redraws.
 */
public final class ProgressLine {

    private static final long MIN_REDRAW_NANOS = 200_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final boolean interactive;
    private long lastDraw;
    private boolean drawn;

    public ProgressLine(PrintWriter out, boolean interactive) {
        this.out = out;
        this.interactive = interactive;
    }

    /** Progress bars for the standard streams: interactive when a console is attached. */
    public static ProgressLine forConsole(PrintWriter out) {
        return new ProgressLine(out, System.console() != null);
    }

    /** Redraws "label [#####-----]  42% detail" when enough time has passed since the last draw. */
    public void update(String label, long done, long total, String detail) {
        if (!interactive) {
            return;
        }
        long now = System.nanoTime();
        if (drawn && now - lastDraw < MIN_REDRAW_NANOS && done < total) {
            return;
        }
        lastDraw = now;
        drawn = true;
        out.print("\r" + render(label, done, total, detail));
        out.flush();
    }

    /** Ends the bar's line (if one was drawn) and prints {@code line} on its own. */
    public void finish(String line) {
        if (drawn) {
            out.print("\r\033[2K");
            drawn = false;
        }
        out.println(line);
        out.flush();
    }

    static String render(String label, long done, long total, String detail) {
        double fraction = total <= 0 ? 1.0 : Math.min(1.0, Math.max(0.0, (double) done / total));
        int filled = (int) Math.round(fraction * WIDTH);
        return String.format(Locale.ROOT, "%s [%s%s] %3d%% %s", label, "#".repeat(filled), "-".repeat(WIDTH - filled),
                Math.round(fraction * 100), detail);
    }
}
