package io.vectwin.jobs.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScalingReportTest {

    @TempDir
    Path tmp;

    private static final ScalingReport.Context CONTEXT = new ScalingReport.Context(Instant.parse("2026-01-02T03:04:05.678Z"),
            2, "17.0.15", new ClusterLayout(2, 2, 4), "100 vehicles", "greedy", 2, 10, 20, 0.02,
            "bin/vectwin cluster measure --parallelism 1,2");

    @Test
    void rendersOneRowPerParallelismAndTheRatioToTheFirst() {
        String md = ScalingReport.render(List.of(
                new DecisionRateMeasurement.Result(1, 20_000, 30_000, 0, 1_000, 20.0, List.of("taskmanager-1")),
                new DecisionRateMeasurement.Result(2, 30_000, 45_000, 300, 1_500, 20.0, List.of("taskmanager-1", "taskmanager-2"))),
                CONTEXT);
        assertThat(md).contains("| 1 | 1000 | 1500 | 0.0 % | 1.00 | taskmanager-1 |")
                .contains("| 2 | 1500 | 2250 | 1.0 % | 1.50 | taskmanager-1, taskmanager-2 |")
                .contains("parallelism 2 gives 1.50× the decisions/s of parallelism 1")
                .contains("- date: 2026-01-02T03:04:05Z").contains("- nproc: 2")
                .contains("`bin/vectwin cluster measure --parallelism 1,2`");
    }

    @Test
    void writesBetweenTheMarkersAndRefusesADocWithout() throws Exception {
        Path doc = Files.writeString(tmp.resolve("SCALING.md"), "intro\n<!-- cluster-measure:begin -->\nold\n"
                + "<!-- cluster-measure:end -->\nend\n");
        ScalingReport.checkWritable(doc);
        ScalingReport.write(doc, "new table");
        assertThat(Files.readString(doc)).isEqualTo("intro\n<!-- cluster-measure:begin -->\nnew table\n"
                + "<!-- cluster-measure:end -->\nend\n");
        Path plain = Files.writeString(tmp.resolve("plain.md"), "no markers\n");
        assertThatThrownBy(() -> ScalingReport.checkWritable(plain)).hasMessageStartingWith(plain.toString());
        assertThatThrownBy(() -> ScalingReport.checkWritable(tmp.resolve("missing.md"))).hasMessageContaining("cannot read");
    }
}
