package io.vectwin.ingest.feed;

/**
 * Parsing of one field of a feed record, failing with a {@link BadField} whose message names the
 * field and quotes the value; readers turn it into the record's reject reason.
 */
final class FieldParsing {

    /** A field that is missing or does not parse; the message is the reject reason. */
    static final class BadField extends Exception {
        private static final long serialVersionUID = 1L;

        BadField(String message) {
            super(message, null, false, false);
        }
    }

    private FieldParsing() {
    }

    static String required(String name, String value) throws BadField {
        if (value == null || value.isBlank()) {
            throw new BadField("missing " + name);
        }
        return value.strip();
    }

    /** A finite decimal number (Java's grammar minus NaN and Infinity). */
    static double finite(String name, String value) throws BadField {
        String text = required(name, value);
        double v;
        try {
            v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new BadField(name + " '" + text + "' is not a number");
        }
        if (!Double.isFinite(v)) {
            throw new BadField(name + " '" + text + "' is not a finite number");
        }
        return v;
    }

    static double inRange(String name, String value, double min, double max) throws BadField {
        double v = finite(name, value);
        if (v < min || v > max) {
            throw new BadField(name + " " + value.strip() + " is outside [" + trim(min) + ", " + trim(max) + "]");
        }
        return v;
    }

    static double nonNegative(String name, String value) throws BadField {
        double v = finite(name, value);
        if (v < 0) {
            throw new BadField(name + " " + value.strip() + " is negative");
        }
        return v;
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
