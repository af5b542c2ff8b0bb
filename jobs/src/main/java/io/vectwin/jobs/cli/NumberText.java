package io.vectwin.jobs.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers as the CLI prints them: plain decimal (never {@code 1.0E7}), locale-independent, and
 * {@code inf} / {@code -inf} / {@code nan} for the non-finite values — the spellings that
 * Python's {@code float()}, pandas and R read back.
 */
public final class NumberText {

    private NumberText() {
    }

    /** The shortest decimal that reads back as {@code v}: 100000, 2.5, 0.001. */
    public static String exact(double v) {
        if (!Double.isFinite(v)) {
            return nonFinite(v);
        }
        return plain(new BigDecimal(Double.toString(v)));
    }

    /** {@code v} rounded to {@code decimals} digits after the point: fixed(22.18467, 4) = "22.1847". */
    public static String fixed(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return nonFinite(v);
        }
        return new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** {@code v} rounded to {@code digits} significant digits, plain: significant(0.005585498, 5) = "0.0055855". */
    public static String significant(double v, int digits) {
        if (!Double.isFinite(v)) {
            return nonFinite(v);
        }
        return plain(new BigDecimal(v).round(new MathContext(digits, RoundingMode.HALF_EVEN)));
    }

    private static String plain(BigDecimal d) {
        if (d.signum() == 0) {
            return "0";
        }
        return d.stripTrailingZeros().toPlainString();
    }

    private static String nonFinite(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        return v > 0 ? "inf" : "-inf";
    }
}
