package io.vectwin.jobs.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.vectwin.jobs.cli.VectwinCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vectwin cluster ...}: bad arguments are one line naming the argument, exit code 2; nothing starts. */
class ClusterCommandsTest {

    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = VectwinCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private static void assertUsageError(Run r, String startsWith) {
        assertThat(r.code()).isEqualTo(VectwinCli.EXIT_USAGE);
        assertThat(r.err().lines()).hasSize(1).first().asString().startsWith(startsWith);
    }

    @Test
    void clusterAloneAsksForACommand() {
        assertUsageError(run("cluster"), "vectwin cluster: missing command");
    }

    @Test
    void stopSubmitAndMeasureNameADirectoryWithoutACluster() {
        String dir = tmp.resolve("none").toString();
        assertUsageError(run("cluster", "stop", "--dir", dir), "vectwin cluster stop: --dir: ");
        assertUsageError(run("cluster", "submit", "--dir", dir), "vectwin cluster submit: --dir: ");
        assertThat(run("cluster", "submit", "--dir", dir).err()).contains("no cluster state");
    }

    @Test
    void measureChecksItsDocumentBeforeAnythingElse() throws Exception {
        Path doc = Files.writeString(tmp.resolve("doc.md"), "no markers\n");
        assertUsageError(run("cluster", "measure", "--dir", tmp.toString(), "--doc", doc.toString()),
                "vectwin cluster measure: --doc: " + doc);
        assertUsageError(run("cluster", "measure", "--parallelism", "1,0"), "vectwin cluster measure: --parallelism: '0'");
    }

    @Test
    void startRefusesAnEmptyCluster() {
        assertUsageError(run("cluster", "start", "--dir", tmp.toString(), "--task-managers", "0"),
                "vectwin cluster start: --task-managers: '0' is not a positive integer");
    }
}
