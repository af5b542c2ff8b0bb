package io.vectwin.jobs.cli;

import io.vectwin.model.channel.LinkType;
import io.vectwin.model.channel.PathLossModelKind;
import io.vectwin.model.params.Profile;
import java.util.function.Function;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * picocli converters for the CLI's argument types. Each failure is a
 * {@link TypeConversionException} whose message is a short reason quoting the bad value
 * ({@code 'abc' is not a number}); {@link OneLineErrors} prefixes it with the option's name.
 */
public final class ArgumentConverters {

    /**
     * Plain decimal numbers with an optional exponent ({@code 100}, {@code 2.5}, {@code 1e5}).
     * Stricter than {@link Double#parseDouble}, which would also take {@code NaN},
     * {@code Infinity}, hexadecimal and a trailing {@code d}/{@code f}.
     */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern DIGITS = Pattern.compile("\\+?\\d+");

    private ArgumentConverters() {
    }

    /** A finite decimal number. */
    public static double finiteNumber(String text) {
        String t = text.strip();
        if (!DECIMAL.matcher(t).matches()) {
            throw new TypeConversionException("'" + text + "' is not a number");
        }
        double v = Double.parseDouble(t);
        if (!Double.isFinite(v)) {
            throw new TypeConversionException("'" + text + "' is too large");
        }
        return v;
    }

    /** Adapts a model parser that throws {@link IllegalArgumentException} with a user-facing message. */
    public abstract static class Parsing<T> implements ITypeConverter<T> {
        private final Function<String, T> parser;

        protected Parsing(Function<String, T> parser) {
            this.parser = parser;
        }

        @Override
        public T convert(String text) {
            try {
                return parser.apply(text);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    public static final class ProfileConverter extends Parsing<Profile> {
        public ProfileConverter() {
            super(Profile::parse);
        }
    }

    public static final class LinkTypeConverter extends Parsing<LinkType> {
        public LinkTypeConverter() {
            super(LinkType::parse);
        }
    }

    public static final class PathLossConverter extends Parsing<PathLossModelKind> {
        public PathLossConverter() {
            super(PathLossModelKind::parse);
        }
    }

    public static final class OutputFormatConverter extends Parsing<OutputFormat> {
        public OutputFormatConverter() {
            super(OutputFormat::parse);
        }
    }

    /** Any finite number (e.g. a power in dBm, which may be negative). */
    public static final class FiniteNumber implements ITypeConverter<Double> {
        @Override
        public Double convert(String text) {
            return finiteNumber(text);
        }
    }

    /** A finite number ≥ 0 (a distance, a size). */
    public static final class NonNegativeNumber implements ITypeConverter<Double> {
        @Override
        public Double convert(String text) {
            double v = finiteNumber(text);
            if (v < 0) {
                throw new TypeConversionException("'" + text + "' is negative (must be >= 0)");
            }
            return v == 0 ? 0.0 : v; // -0 prints as 0
        }
    }

    /** An integer ≥ 1 (a count, a block length). */
    public static final class PositiveInteger implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            String t = text.strip();
            int v;
            try {
                v = DIGITS.matcher(t).matches() ? Integer.parseInt(t) : -1;
            } catch (NumberFormatException tooLarge) {
                throw new TypeConversionException("'" + text + "' is too large");
            }
            if (v < 1) {
                throw new TypeConversionException("'" + text + "' is not a positive integer");
            }
            return v;
        }
    }
}
