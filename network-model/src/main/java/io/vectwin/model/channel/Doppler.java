package io.vectwin.model.channel;

import java.util.random.RandomGenerator;

/**
 * Doppler shift of eq. (21): f_d = V̂·cos(φ)/λ, with φ ~ U(−90°, +90°) the angle between the
 * direction of motion and the line of sight.
 */
public final class Doppler {

    private Doppler() {
    }

    /** f_d in Hz for relative speed {@code relativeSpeedMps} at angle {@code angleRad} to the LoS. */
    public static double shiftHz(double relativeSpeedMps, double angleRad, double wavelengthM) {
        return relativeSpeedMps * Math.cos(angleRad) / wavelengthM;
    }

    /** A draw of φ ~ U(−π/2, +π/2). */
    public static double drawAngle(RandomGenerator rng) {
        return (rng.nextDouble() - 0.5) * Math.PI;
    }

    /** The phase 2π·f_d·τ that the Doppler term of eq. (11) and (24) turns by over a slot τ. */
    public static double phaseOverSlot(double dopplerHz, double slotSeconds) {
        return 2.0 * Math.PI * dopplerHz * slotSeconds;
    }
}
