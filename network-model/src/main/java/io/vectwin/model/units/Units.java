package io.vectwin.model.units;

/**
 * Named converters between the SI units used everywhere inside vectwin and the units that
 * appear at its edges (dB, dBm, KB, MB, GHz, degrees).
 *
 * <p>Kilobyte = 1000 bytes and megabyte = 10^6 bytes, as in the paper's Table III
 * (100 KB, 1 MB, 10 MB subtasks). Power ratios only: dB here is always 10·log10.
 */
public final class Units {

    public static final double BITS_PER_BYTE = 8.0;
    public static final double BYTES_PER_KILOBYTE = 1_000.0;
    public static final double BYTES_PER_MEGABYTE = 1_000_000.0;
    /** Speed of light in vacuum, m/s (Table II rounds it to 3e8). */
    public static final double SPEED_OF_LIGHT_M_PER_S = 3.0e8;

    private Units() {
    }

    /** Power ratio from decibels: 10^(dB/10). */
    public static double dbToLinear(double db) {
        return Math.pow(10.0, db / 10.0);
    }

    /** Decibels from a power ratio: 10·log10(x); −∞ for 0. */
    public static double linearToDb(double linear) {
        return 10.0 * Math.log10(linear);
    }

    /** Watts from dBm: 10^((dBm − 30)/10). */
    public static double dbmToWatts(double dbm) {
        return Math.pow(10.0, (dbm - 30.0) / 10.0);
    }

    /** dBm from watts. */
    public static double wattsToDbm(double watts) {
        return 10.0 * Math.log10(watts) + 30.0;
    }

    /** Watts from dBW (the paper's Table II writes powers as "dB", meaning dBW). */
    public static double dbwToWatts(double dbw) {
        return dbToLinear(dbw);
    }

    public static double bytesToBits(double bytes) {
        return bytes * BITS_PER_BYTE;
    }

    public static double bitsToBytes(double bits) {
        return bits / BITS_PER_BYTE;
    }

    public static double kilobytesToBits(double kilobytes) {
        return kilobytes * BYTES_PER_KILOBYTE * BITS_PER_BYTE;
    }

    public static double megabytesToBits(double megabytes) {
        return megabytes * BYTES_PER_MEGABYTE * BITS_PER_BYTE;
    }

    public static double gigahertzToHertz(double gigahertz) {
        return gigahertz * 1e9;
    }

    public static double megahertzToHertz(double megahertz) {
        return megahertz * 1e6;
    }

    public static double hertzToGigahertz(double hertz) {
        return hertz / 1e9;
    }

    public static double hertzToMegahertz(double hertz) {
        return hertz / 1e6;
    }

    /** Carrier wavelength λ = c / f_c. */
    public static double wavelengthMeters(double carrierHz) {
        return SPEED_OF_LIGHT_M_PER_S / carrierHz;
    }

    /** Carrier frequency f_c = c / λ. */
    public static double carrierHertz(double wavelengthMeters) {
        return SPEED_OF_LIGHT_M_PER_S / wavelengthMeters;
    }

    public static double millisecondsToSeconds(double ms) {
        return ms / 1_000.0;
    }

    public static double secondsToMilliseconds(double s) {
        return s * 1_000.0;
    }
}
