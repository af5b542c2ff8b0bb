package io.vectwin.jobs.figures;

import io.vectwin.model.params.NetworkParameters;
import java.util.List;

/**
 * The network settings Fig. 6 and 7 compare (Sec. VI: vehicle densities 2 and 8, 4 and 10 UAVs, 4
 * and 10 BSs), each one change from Sec. VI's V = 20, U = 10, B = 4. A setting is evaluated with the
 * QDRL policy trained on its own counts of UAVs and BSs (the action spaces depend on them); the
 * number of vehicles only changes the traffic, so the V settings use the base scenario's policy.
 *
 * @param name     the curve's legend
 * @param vehicles V
 * @param uavs     U
 * @param baseStations B
 */
public record ScenarioSettings(String name, int vehicles, int uavs, int baseStations) {

    public static final List<ScenarioSettings> ALL = List.of(
            new ScenarioSettings("V = 2", 2, 10, 4),
            new ScenarioSettings("V = 8", 8, 10, 4),
            new ScenarioSettings("V = 20, U = 10, B = 4", 20, 10, 4),
            new ScenarioSettings("U = 4", 20, 4, 4),
            new ScenarioSettings("B = 10", 20, 10, 10));

    /** The scenario whose policy serves this setting: its U and B with the base's 20 vehicles. */
    public NetworkParameters trainedOn(NetworkParameters base) {
        return ScenarioVariants.counts(base, base.geometry().vehicles(), uavs, baseStations);
    }

    /** The setting's own scenario. */
    public NetworkParameters evaluatedOn(NetworkParameters base) {
        return ScenarioVariants.counts(base, vehicles, uavs, baseStations);
    }
}
