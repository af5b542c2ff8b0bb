package io.vectwin.model.channel;

import java.util.random.RandomGenerator;

/**
 * Draws of the small-scale part of the channel, returned as the received power gain ‖h̃‖²
 * summed over the M receive (SIMO) or transmit (MISO) antennas — what maximum-ratio combining
 * or transmission turns into SNR. The large-scale path loss multiplies it afterwards.
 *
 * <p>The CSI error ε of eq. (12) is added to every antenna's coefficient: the SNR the link
 * really sees is that of the true channel, estimate plus error.
 */
public final class SmallScaleFading {

    private SmallScaleFading() {
    }

    /**
     * Vehicle → BS SIMO, eq. (11), (13), (14): h̃ = e^{j2πf_dτ}·(a(ϑ) + ε). The Doppler rotation
     * is common to every element, so it changes the phase of h but not ‖h‖²; it is applied for
     * fidelity of the complex channel.
     *
     * @param antennas       M
     * @param spacingM       δ
     * @param wavelengthM    λ
     * @param angleRad       angle of arrival ϑ
     * @param dopplerPhase   2π·f_d·τ
     * @param csiVariance    σ² of eq. (12)
     */
    public static double simoRayleighPower(int antennas, double spacingM, double wavelengthM, double angleRad,
            double dopplerPhase, double csiVariance, RandomGenerator rng) {
        double step = SteeringVector.phaseStep(spacingM, wavelengthM, angleRad);
        double stepC = Math.cos(step);
        double stepS = Math.sin(step);
        double dC = Math.cos(dopplerPhase);
        double dS = Math.sin(dopplerPhase);
        double half = CsiError.halfWidth(csiVariance);
        double ar = 1.0;
        double ai = 0.0;
        double power = 0.0;
        for (int m = 0; m < antennas; m++) {
            double er = ar + CsiError.drawComponent(half, rng);
            double ei = ai + CsiError.drawComponent(half, rng);
            double hr = dC * er - dS * ei;
            double hi = dS * er + dC * ei;
            power += hr * hr + hi * hi;
            double nr = ar * stepC - ai * stepS;
            ai = ar * stepS + ai * stepC;
            ar = nr;
        }
        return power;
    }

    /**
     * Rician links, eq. (24)–(25), per antenna m of an M-element BS array (M = 1 for SISO):
     * h̃_m = √(K/(K+1))·e^{jφ}·e^{j2πf_dτ}·a_m(ϑ) + √(1/(K+1))·(1/√N)·Σ_i e^{jθ_{i,m}} + ε_m,
     * with φ and every θ_{i,m} uniform on (0, 2π).
     */
    public static double ricianPower(int antennas, double spacingM, double wavelengthM, double angleRad,
            double ricianK, int nlosPaths, double dopplerPhase, double csiVariance, RandomGenerator rng) {
        double losAmp = Math.sqrt(ricianK / (ricianK + 1.0));
        double nlosAmp = Math.sqrt(1.0 / ((ricianK + 1.0) * nlosPaths));
        int phi = UnitPhasors.draw(rng);
        double losPhase = dopplerPhase;
        double lc = Math.cos(losPhase);
        double ls = Math.sin(losPhase);
        // e^{jφ}·e^{j2πf_dτ}, scaled by the LoS amplitude
        double baseR = losAmp * (UnitPhasors.cos(phi) * lc - UnitPhasors.sin(phi) * ls);
        double baseI = losAmp * (UnitPhasors.cos(phi) * ls + UnitPhasors.sin(phi) * lc);
        double step = SteeringVector.phaseStep(spacingM, wavelengthM, angleRad);
        double stepC = Math.cos(step);
        double stepS = Math.sin(step);
        double half = CsiError.halfWidth(csiVariance);
        double ar = 1.0;
        double ai = 0.0;
        double power = 0.0;
        for (int m = 0; m < antennas; m++) {
            double sr = 0.0;
            double si = 0.0;
            for (int i = 0; i < nlosPaths; i++) {
                int theta = UnitPhasors.draw(rng);
                sr += UnitPhasors.cos(theta);
                si += UnitPhasors.sin(theta);
            }
            double hr = baseR * ar - baseI * ai + nlosAmp * sr + CsiError.drawComponent(half, rng);
            double hi = baseR * ai + baseI * ar + nlosAmp * si + CsiError.drawComponent(half, rng);
            power += hr * hr + hi * hi;
            double nr = ar * stepC - ai * stepS;
            ai = ar * stepS + ai * stepC;
            ar = nr;
        }
        return power;
    }

    /**
     * The mean of both draws above: E‖h̃‖² = M·(1 + σ²) — each element of a(ϑ) and of the
     * normalised Rician sum has unit mean power, the CSI error adds σ² per element.
     */
    public static double meanPower(int antennas, double csiVariance) {
        return antennas * (1.0 + csiVariance);
    }
}
