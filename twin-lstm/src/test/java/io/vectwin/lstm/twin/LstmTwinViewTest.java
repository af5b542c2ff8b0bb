package io.vectwin.lstm.twin;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectwin.lstm.features.EntitySequences;
import io.vectwin.lstm.features.Normalisation;
import io.vectwin.lstm.features.TwinFeature;
import io.vectwin.lstm.features.WindowDataset;
import io.vectwin.lstm.model.LstmConfig;
import io.vectwin.lstm.model.ModelMetadata;
import io.vectwin.lstm.model.TwinLstmNetwork;
import io.vectwin.lstm.model.TwinModelFile;
import io.vectwin.lstm.model.TwinPredictor;
import io.vectwin.lstm.training.SyntheticFleet;
import io.vectwin.model.env.EntityState;
import io.vectwin.model.env.Observation;
import io.vectwin.model.env.VecEnvironment;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.policy.EnvironmentBridge;
import io.vectwin.model.policy.GreedyPolicy;
import io.vectwin.model.twin.ReportedTwinView;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LstmTwinViewTest {

    private static final LstmConfig CONFIG = LstmConfig.paper().withShape(1, 8).withWindow(3, 1);
    private static final NetworkParameters PARAMS;

    static {
        NetworkParameters p = NetworkParameters.physical();
        PARAMS = p.withGeometry(p.geometry().withCounts(3, 2, 2));
    }

    private static TwinPredictor predictor() {
        EntitySequences fleet = SyntheticFleet.legs(2, 30, 10, 9L);
        Normalisation norm = Normalisation.fit(WindowDataset.cut(fleet, CONFIG.window(), CONFIG.horizon(), 1));
        ModelMetadata metadata = new ModelMetadata(TwinModelFile.FORMAT_VERSION, "test", TwinFeature.inputNames(),
                TwinFeature.outputNames(), CONFIG, "physical", List.of(), List.of(), List.of(), 0, 0.0,
                "2026-12-06T00:00:00Z");
        return new TwinPredictor(TwinLstmNetwork.create(CONFIG), norm, metadata);
    }

    private static List<Observation> truths(int slots) {
        VecEnvironment env = new VecEnvironment(PARAMS, 5);
        List<Observation> out = new ArrayList<>();
        Observation obs = env.observation();
        for (int t = 0; t < slots; t++) {
            out.add(obs);
            obs = env.step(EnvironmentBridge.jointAction(new GreedyPolicy(PARAMS), obs)).next();
        }
        return out;
    }

    @Test
    void entitiesStayAsReportedUntilTheirWindowIsFullThenTheForecastReplacesThem() {
        LstmTwinView lstm = new LstmTwinView(predictor(), PARAMS);
        ReportedTwinView reported = new ReportedTwinView();
        List<Observation> truths = truths(6);
        for (int t = 0; t < truths.size(); t++) {
            Observation seen = lstm.view(truths.get(t));
            Observation plain = reported.view(truths.get(t));
            assertThat(seen.pendingTasks()).isEqualTo(truths.get(t).pendingTasks());
            assertThat(seen.slot()).isEqualTo(truths.get(t).slot());
            if (t < CONFIG.window() - 1) {
                assertThat(seen.vehicles()).isEqualTo(plain.vehicles());
                assertThat(seen.uavs()).isEqualTo(plain.uavs());
            } else {
                for (int i = 0; i < plain.vehicles().size(); i++) {
                    EntityState forecast = seen.vehicles().get(i);
                    EntityState report = plain.vehicles().get(i);
                    assertThat(forecast.id()).isEqualTo(report.id());
                    assertThat(forecast.motion().position()).isNotEqualTo(report.motion().position());
                }
                for (EntityState n : seen.baseStations()) {
                    assertThat(n.availableCpuHz()).isBetween(0.0, n.maxCpuHz());
                    assertThat(n.backlogCycles()).isGreaterThanOrEqualTo(0.0);
                }
            }
        }
        lstm.reset();
        reported.reset();
        assertThat(lstm.view(truths.get(3)).vehicles()).isEqualTo(reported.view(truths.get(3)).vehicles());
    }
}
