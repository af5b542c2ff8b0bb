package io.vectwin.lstm.features;

import java.util.Arrays;
import java.util.List;

/**
 * One column of the twin's per-slot feature vector, in the fixed order the model sees it. The
 * order is part of a saved model (its metadata lists the names), so new features go at the end.
 *
 * <p>The heading θ and speed V of eq. (8)–(9) enter as the velocity components V cos θ and
 * V sin θ rather than as angles: θ wraps at 2π, and a network regressing an angle learns a
 * discontinuity that is not in the motion. θ and V are recovered from the predicted components.
 * VELOCITY_Z is the climb rate Ṽ_z sin φ of eq. (10), the rate the height really changes at.
 * Entity kinds enter one-hot so that one model serves vehicles, UAVs and base stations.
 */
public enum TwinFeature {
    POSITION_X(Group.POSITION, "m", true),
    POSITION_Y(Group.POSITION, "m", true),
    POSITION_Z(Group.POSITION, "m", true),
    VELOCITY_X(Group.VELOCITY, "m/s", true),
    VELOCITY_Y(Group.VELOCITY, "m/s", true),
    VELOCITY_Z(Group.VELOCITY, "m/s", true),
    SLOPE(Group.MOTION_ANGLE, "rad", false),
    AVAILABLE_CPU(Group.CPU, "Hz", true),
    BACKLOG(Group.QUEUE, "cycles", true),
    QUEUE_LENGTH(Group.QUEUE, "subtasks", false),
    BEST_BS_PATH_LOSS(Group.CHANNEL, "dB", false),
    BEST_UAV_PATH_LOSS(Group.CHANNEL, "dB", false),
    IS_VEHICLE(Group.KIND, "1", false),
    IS_UAV(Group.KIND, "1", false),
    IS_BASE_STATION(Group.KIND, "1", false);

    /** Feature groups the evaluation reports an RMSE for. */
    public enum Group { POSITION, VELOCITY, MOTION_ANGLE, CPU, QUEUE, CHANNEL, KIND }

    private static final List<TwinFeature> ALL = List.of(values());
    private static final List<TwinFeature> PREDICTED = Arrays.stream(values()).filter(TwinFeature::predicted).toList();

    private final Group group;
    private final String unit;
    private final boolean predicted;

    TwinFeature(Group group, String unit, boolean predicted) {
        this.group = group;
        this.unit = unit;
        this.predicted = predicted;
    }

    public Group group() {
        return group;
    }

    public String unit() {
        return unit;
    }

    /** Whether the model predicts this feature for the next slot (the others are input only). */
    public boolean predicted() {
        return predicted;
    }

    /** Every feature, in input order. */
    public static List<TwinFeature> inputs() {
        return ALL;
    }

    /** The predicted features, in output order. */
    public static List<TwinFeature> outputs() {
        return PREDICTED;
    }

    /** Column of this feature in the output vector; fails for an input-only feature. */
    public int outputIndex() {
        int i = PREDICTED.indexOf(this);
        if (i < 0) {
            throw new IllegalArgumentException(this + " is an input-only feature");
        }
        return i;
    }

    /** Column of this feature in the input vector. */
    public int inputIndex() {
        return ordinal();
    }

    /** The input names in order, as stored in a model's metadata. */
    public static List<String> inputNames() {
        return ALL.stream().map(Enum::name).toList();
    }

    /** The output names in order, as stored in a model's metadata. */
    public static List<String> outputNames() {
        return PREDICTED.stream().map(Enum::name).toList();
    }
}
