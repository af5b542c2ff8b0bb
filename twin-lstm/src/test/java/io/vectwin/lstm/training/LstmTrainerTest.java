package io.vectwin.lstm.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vectwin.lstm.evaluation.ConstantVelocityForecaster;
import io.vectwin.lstm.evaluation.ForecastComparison;
import io.vectwin.lstm.evaluation.LastValueForecaster;
import io.vectwin.lstm.evaluation.LstmForecaster;
import io.vectwin.lstm.features.EntitySequences;
import io.vectwin.lstm.features.TwinFeature;
import io.vectwin.lstm.features.WindowDataset;
import io.vectwin.lstm.model.LstmConfig;
import io.vectwin.lstm.model.ModelMetadata;
import io.vectwin.lstm.model.TwinPredictor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LstmTrainerTest {

    private static final LstmConfig SMALL = LstmConfig.paper().withShape(1, 16).withWindow(4, 5)
            .withTraining(2e-2, 64, 0.0, 3L);

    private static WindowDataset train;
    private static WindowDataset validation;
    private static LstmTrainer.Result result;
    private static final List<EpochReport> heard = new ArrayList<>();

    @BeforeAll
    static void trainOnce() {
        EntitySequences fleet = SyntheticFleet.legs(12, 120, 30, 42L);
        EntitySplit split = EntitySplit.byEntity(fleet.entities(), 0.25, 1L);
        WindowDataset all = WindowDataset.cut(fleet, SMALL.window(), SMALL.horizon(), 1);
        train = all.select(new HashSet<>(split.train()));
        validation = all.select(new HashSet<>(split.validation()));
        result = new LstmTrainer(SMALL, new TrainingOptions(25, 25, 4, 0.5, 1e-4, 1), new TrainingListener() {
            @Override
            public void onEpoch(EpochReport report) {
                heard.add(report);
            }
        }).train(train, validation);
    }

    @Test
    void learnsToForecastBetterThanNothingChangesOnUnseenVehicles() {
        TwinPredictor predictor = new TwinPredictor(result.network(), result.normalisation(), metadata());
        ForecastComparison c = ForecastComparison.run(List.of(new LstmForecaster(predictor), new LastValueForecaster(),
                new ConstantVelocityForecaster()), validation);
        // last value misses by |v| * 0.1 s, about 1.75 m on average; constant velocity only at the turns
        assertThat(c.overall("constant_velocity").positionM()).isLessThan(c.overall("last_value").positionM());
        System.out.printf("LstmTrainerTest: position RMSE lstm %.3f m, last value %.3f m, constant velocity %.3f m%n",
                c.overall("lstm").positionM(), c.overall("last_value").positionM(), c.overall("constant_velocity").positionM());
        assertThat(c.overall("lstm").positionM()).isLessThan(0.5 * c.overall("last_value").positionM());
    }

    @Test
    void keepsTheWeightsOfTheBestEpoch() {
        assertThat(heard).isNotEmpty().hasSizeLessThanOrEqualTo(25);
        double best = heard.stream().mapToDouble(EpochReport::validationLoss).min().orElseThrow();
        assertThat(result.bestValidationLoss()).isEqualTo(best);
        double again = new LstmTrainer(SMALL, TrainingOptions.defaults(1), TrainingListener.SILENT)
                .validationLoss(result.network(), validation, result.normalisation());
        assertThat(again).isCloseTo(best, within(1e-4 * Math.max(1, best)));
    }

    @Test
    void refusesAnEmptySideOrAMismatchedWindow() {
        LstmTrainer trainer = new LstmTrainer(SMALL, TrainingOptions.defaults(1), TrainingListener.SILENT);
        assertThatThrownBy(() -> trainer.train(train, validation.subset(new int[0])))
                .hasMessageContaining("0 validation windows");
        WindowDataset other = WindowDataset.cut(SyntheticFleet.straightVehicles(2, 20, 1L), 3, 1, 1);
        assertThatThrownBy(() -> trainer.train(other, other)).hasMessageContaining("W=3");
    }

    static ModelMetadata metadata() {
        return new ModelMetadata(1, "", TwinFeature.inputNames(), TwinFeature.outputNames(), SMALL, "paper",
                List.of("synthetic"), List.of(), List.of(), heard.size(), result.bestValidationLoss(), "now");
    }
}
