package io.vectwin.lstm.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vectwin.lstm.features.EntitySequences;
import io.vectwin.lstm.features.Normalisation;
import io.vectwin.lstm.features.TwinFeature;
import io.vectwin.lstm.features.WindowDataset;
import io.vectwin.lstm.training.SyntheticFleet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TwinModelFileTest {

    private static final LstmConfig CONFIG = LstmConfig.paper().withShape(2, 8).withWindow(3, 2);

    @TempDir
    Path dir;

    private static ModelMetadata metadata() {
        return new ModelMetadata(TwinModelFile.FORMAT_VERSION, "", TwinFeature.inputNames(), TwinFeature.outputNames(),
                CONFIG, "paper", List.of("a.avro"), List.of("v-0"), List.of("v-1"), 3, 0.5, "2026-11-25T00:00:00Z");
    }

    @Test
    void savedModelPredictsExactlyAsBeforeAndCarriesAStableVersion() {
        EntitySequences fleet = SyntheticFleet.legs(2, 30, 10, 9L);
        WindowDataset data = WindowDataset.cut(fleet, CONFIG.window(), CONFIG.horizon(), 1);
        Normalisation norm = Normalisation.fit(data);
        MultiLayerNetwork net = TwinLstmNetwork.create(CONFIG);
        TwinPredictor saved = TwinModelFile.save(dir.resolve("m.zip"), net, norm, metadata());
        TwinPredictor loaded = TwinModelFile.load(dir.resolve("m.zip"));

        assertThat(loaded.version()).matches("[0-9a-f]{12}").isEqualTo(saved.version());
        assertThat(loaded.metadata().config()).isEqualTo(CONFIG);
        assertThat(loaded.normalisation()).isEqualTo(norm);
        double[][] before = new TwinPredictor(net, norm, metadata()).predict(data, 16);
        // float32 network, different batch sizes: equal up to float rounding
        assertClose(loaded.predict(data, 7), before);
        // the same content hashes to the same version; other weights to another
        assertThat(TwinModelFile.save(dir.resolve("again.zip"), net, norm, metadata()).version()).isEqualTo(saved.version());
        MultiLayerNetwork other = TwinLstmNetwork.create(CONFIG.withTraining(1e-3, 64, 0.3, 99L));
        assertThat(TwinModelFile.save(dir.resolve("other.zip"), other, norm, metadata()).version()).isNotEqualTo(saved.version());
    }

    @Test
    void singleWindowPredictionAgreesWithTheDatasetPath() {
        EntitySequences fleet = SyntheticFleet.legs(1, 12, 100, 4L);
        WindowDataset data = WindowDataset.cut(fleet, CONFIG.window(), CONFIG.horizon(), 1);
        Normalisation norm = Normalisation.fit(data);
        TwinPredictor p = new TwinPredictor(TwinLstmNetwork.create(CONFIG), norm, metadata());
        List<io.vectwin.lstm.features.FeatureRow> rows = fleet.rows("v-0");
        double[][] one = p.predict(List.of(rows.subList(0, 3)));
        assertClose(new double[][] {one[0]}, new double[][] {p.predict(data, 4)[0]});
        assertThatThrownBy(() -> p.predict(List.of(rows.subList(0, 2)))).hasMessageContaining("needs 3");
    }

    private static void assertClose(double[][] actual, double[][] expected) {
        assertThat(actual.length).isEqualTo(expected.length);
        for (int i = 0; i < actual.length; i++) {
            for (int j = 0; j < actual[i].length; j++) {
                assertThat(Math.abs(actual[i][j] - expected[i][j])).as("[%d][%d]", i, j)
                        .isLessThanOrEqualTo(1e-5 * Math.max(1.0, Math.abs(expected[i][j])));
            }
        }
    }

    @Test
    void unreadableFilesGiveOneLineErrorsNamingTheFile() throws Exception {
        Path missing = dir.resolve("missing.zip");
        assertThatThrownBy(() -> TwinModelFile.load(missing)).isInstanceOf(TwinModelFileException.class)
                .hasMessage(missing + ": no such model file");
        Path empty = Files.write(dir.resolve("empty.zip"), new byte[0]);
        assertThatThrownBy(() -> TwinModelFile.load(empty)).hasMessage(empty + ": empty model file");
        Path text = Files.writeString(dir.resolve("text.zip"), "not a model", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> TwinModelFile.load(text)).isInstanceOf(TwinModelFileException.class)
                .hasMessageStartingWith(text + ": not a twin model file").hasMessageNotContaining("\n");
    }
}
