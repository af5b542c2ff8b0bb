package io.vectwin.model.channel;

/**
 * The free-space power law of eq. (26): PL(d) = PL₀·(d/d₀)^(−α_PL), a linear gain.
 *
 * <p>The paper leaves PL₀ open; we take the Friis gain at the reference distance,
 * PL₀ = (λ / 4πd₀)², so that α_PL = 2 would give exactly free space. Distances below d₀ are
 * evaluated at d₀ (the far-field law does not hold closer, and the gain must not exceed PL₀).
 */
public final class FreeSpacePathLoss {

    private FreeSpacePathLoss() {
    }

    /** PL₀ = (λ/4πd₀)², the Friis gain at d₀. */
    public static double referenceGain(double wavelengthM, double referenceDistanceM) {
        double r = wavelengthM / (4.0 * Math.PI * referenceDistanceM);
        return r * r;
    }

    /** The linear gain of eq. (26). */
    public static double gain(double wavelengthM, double referenceDistanceM, double exponent, double distanceM) {
        double d = Math.max(distanceM, referenceDistanceM);
        return referenceGain(wavelengthM, referenceDistanceM) * Math.pow(d / referenceDistanceM, -exponent);
    }

    /** Eq. (26) expressed as a loss in dB, −10·log10(gain). */
    public static double lossDb(double wavelengthM, double referenceDistanceM, double exponent, double distanceM) {
        return -10.0 * Math.log10(gain(wavelengthM, referenceDistanceM, exponent, distanceM));
    }
}
