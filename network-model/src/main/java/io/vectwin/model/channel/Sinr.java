package io.vectwin.model.channel;

/**
 * The received signal-to-noise ratio of eq. (22), (30), (32), (34) and (36):
 * ω = p·‖h‖²/σ². The paper calls it SINR but no interference term appears; with one subtask per
 * link per slot that is the model we keep.
 */
public final class Sinr {

    private Sinr() {
    }

    public static double of(double txPowerW, double channelPowerGain, double noiseW) {
        if (!(txPowerW >= 0) || !(channelPowerGain >= 0) || !(noiseW > 0)) {
            throw new IllegalArgumentException("SINR needs txPowerW >= 0, channel gain >= 0 and noiseW > 0, got "
                    + txPowerW + ", " + channelPowerGain + ", " + noiseW);
        }
        return txPowerW * channelPowerGain / noiseW;
    }
}
