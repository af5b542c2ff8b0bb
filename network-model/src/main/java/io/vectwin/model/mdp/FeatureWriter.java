package io.vectwin.model.mdp;

import io.vectwin.model.geometry.Box;
import io.vectwin.model.geometry.Position;
import io.vectwin.model.params.NetworkParameters;

/**
 * Fills a fixed-length feature vector left to right with normalised values; {@link #toArray()}
 * checks that exactly the announced number was written, so a record's encoder and its
 * {@code featureNames} cannot silently drift apart in length.
 */
final class FeatureWriter {

    /** No slot: for {@link #gains(FeatureScaling, double[], int)} and {@link #oneHot}. */
    static final int NONE = -1;

    private final double[] values;
    private int next;

    FeatureWriter(int length) {
        this.values = new double[length];
    }

    FeatureWriter put(double value) {
        values[next++] = value;
        return this;
    }

    /** x, y, z mapped by the box's centre and half-widths into [−1, 1] (0 for a flat dimension). */
    FeatureWriter position(Box box, Position p) {
        return put(centred(p.x(), box.centreX(), box.halfWidthX()))
                .put(centred(p.y(), box.centreY(), box.halfWidthY()))
                .put(centred(p.z(), box.centreZ(), box.heightSpan() / 2.0));
    }

    /**
     * The 8 kinematic features of eq. (57) and (59): position, Ṽ / V_max, Ṽ_z / V_max, cos θ,
     * sin θ, φ / φ_max. The heading enters as (cos θ, sin θ) because θ is an angle on a circle:
     * θ = 0.01 and θ = 2π − 0.01 are neighbours, but θ/π would put them at opposite ends.
     */
    FeatureWriter kinematics(Box box, double maxSpeed, double maxSlopeRad, Position p, double horizontalSpeed,
            double verticalSpeed, double heading, double slope) {
        return position(box, p)
                .put(ratio(horizontalSpeed, maxSpeed))
                .put(ratio(verticalSpeed, maxSpeed))
                .put(Math.cos(heading))
                .put(Math.sin(heading))
                .put(ratio(slope, maxSlopeRad > 0 ? maxSlopeRad : Math.PI / 2));
    }

    FeatureWriter gains(FeatureScaling scaling, double[] gainsDb) {
        return gains(scaling, gainsDb, NONE);
    }

    /** Gain features, with the slot {@code absent} (a UAV's link to itself) written as the absent-link value. */
    FeatureWriter gains(FeatureScaling scaling, double[] gainsDb, int absent) {
        for (int i = 0; i < gainsDb.length; i++) {
            put(i == absent ? scaling.absentGainFeature() : scaling.gainFeature(gainsDb[i]));
        }
        return this;
    }

    FeatureWriter pathLosses(FeatureScaling scaling, double[] pathLossesDb) {
        return pathLosses(scaling, pathLossesDb, NONE);
    }

    /** Path-loss features, with the slot {@code absent} written as the absent-link value. */
    FeatureWriter pathLosses(FeatureScaling scaling, double[] pathLossesDb, int absent) {
        for (int i = 0; i < pathLossesDb.length; i++) {
            put(i == absent ? scaling.absentPathLossFeature() : scaling.pathLossFeature(pathLossesDb[i]));
        }
        return this;
    }

    /**
     * The subtask and CPU features of eq. (59) and (61): D / D_max, C / (the profile's cycles per
     * bit), f_max / compute.maxCpuHz.
     */
    FeatureWriter taskAndCpu(NetworkParameters p, double dataBits, double cyclesPerBit, double cpuHz) {
        return put(dataBits / p.tasks().maxSubtaskBits())
                .put(cyclesPerBit / p.tasks().cyclesPerBit())
                .put(cpuHz / p.compute().maxCpuHz());
    }

    /** n slots, 1 at {@code hot} and 0 elsewhere; {@code hot} = {@link #NONE} writes all zeros. */
    FeatureWriter oneHot(int hot, int n) {
        for (int i = 0; i < n; i++) {
            put(i == hot ? 1.0 : 0.0);
        }
        return this;
    }

    double[] toArray() {
        if (next != values.length) {
            throw new IllegalStateException("encoder wrote " + next + " of " + values.length + " features");
        }
        return values;
    }

    /** (v − centre) / halfWidth, or 0 if the range is a single point. */
    static double centred(double v, double centre, double halfWidth) {
        return halfWidth > 0 ? (v - centre) / halfWidth : 0.0;
    }

    /** v / scale, or 0 if the scale is 0 (e.g. a scenario whose vehicles stand still). */
    static double ratio(double v, double scale) {
        return scale > 0 ? v / scale : 0.0;
    }
}
