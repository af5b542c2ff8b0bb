package io.vectwin.model.channel;

/**
 * The uniform-linear-array steering vector of eq. (14):
 * a(ϑ) = [1, e^{j2πδ sinϑ/λ}, …, e^{j2πδ(M−1) sinϑ/λ}]ᵀ, with δ the element spacing and ϑ the
 * angle of arrival (or departure) measured from the array broadside.
 */
public final class SteeringVector {

    private SteeringVector() {
    }

    /** The phase step 2πδ·sinϑ/λ between neighbouring elements. */
    public static double phaseStep(double spacingM, double wavelengthM, double angleRad) {
        return 2.0 * Math.PI * spacingM / wavelengthM * Math.sin(angleRad);
    }

    /**
     * Writes a(ϑ) into {@code re} and {@code im} (length M each). Built by repeated rotation so an
     * M-element vector costs one sin/cos pair.
     */
    public static void fill(double spacingM, double wavelengthM, double angleRad, double[] re, double[] im) {
        if (re.length != im.length) {
            throw new IllegalArgumentException("re and im must have the same length, got " + re.length + " and " + im.length);
        }
        double step = phaseStep(spacingM, wavelengthM, angleRad);
        double c = Math.cos(step);
        double s = Math.sin(step);
        double r = 1.0;
        double i = 0.0;
        for (int m = 0; m < re.length; m++) {
            re[m] = r;
            im[m] = i;
            double nr = r * c - i * s;
            i = r * s + i * c;
            r = nr;
        }
    }
}
