package io.vectwin.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QpnEvalCommandTest {

    /** 2 qubits, 1 layer. */
    private static final String PARAMS = "{\"qubits\": 2, \"layers\": 1, \"theta\": [0.1, 0.2, 0.3, 0.4, 0.5, 0.6]}";

    @TempDir
    Path dir;

    @Test
    void printsTheProbabilitiesOfEachRowInBasisIndexOrder() throws IOException {
        // numpy, qubit 0 least significant: psi = x/|x| (uniform for x = 0); per qubit q RX(th[3q]), RY(th[3q+1]),
        // RZ(th[3q+2]); then CNOT(0->1), CNOT(1->0); |psi|^2:
        //   [1,2,3,4]    -> 0.008755219069065604, 0.7092210143867197, 0.046019727851278266, 0.23600403869293637
        //   [0,0,0,0]    -> 0.10428807038032364, 0.44333550507995567, 0.15599916031757477, 0.2963772642221458
        //   [-1,0,0,0.5] -> 0.7022189779906416, 0.16717575979779314, 0.040273142041662095, 0.09033212016990334
        CliRun run = CliRun.of("qpn-eval", "--params", file("p.json", PARAMS), "--input",
                file("in.csv", "1,2,3,4\n\n0,0,0,0\r\n-1, 0, 0e3 ,0.5\n"));
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).hasSize(3);
        assertRow(run.outLines().get(0), 0.008755219069065604, 0.7092210143867197, 0.046019727851278266, 0.23600403869293637);
        assertRow(run.outLines().get(1), 0.10428807038032364, 0.44333550507995567, 0.15599916031757477, 0.2963772642221458);
        assertRow(run.outLines().get(2), 0.7022189779906416, 0.16717575979779314, 0.040273142041662095, 0.09033212016990334);
    }

    @Test
    void aReadoutAndFormatKeysInTheFileAreAccepted() throws IOException {
        String params = "{\"format\": \"vectwin-qpn\", \"version\": 1, \"qubits\": 1, \"layers\": 1, \"theta\": [3.141592653589793, 0, 0],"
                + " \"readout\": {\"temperature\": 1, \"weights\": [[1, 0]]}}";
        CliRun run = CliRun.of("qpn-eval", "--params", file("p.json", params), "--input", file("in.csv", "1,0\n"));
        assertThat(run.exitCode()).isZero();
        assertRow(run.outLines().get(0), 0, 1); // RX(π)|0⟩ = −i|1⟩
    }

    @Test
    void badRowsAreOneLineNamingFileAndLineWithExitTwo() throws IOException {
        String params = file("p.json", PARAMS);
        String shortRow = file("short.csv", "1,2,3,4\n1,2,3\n");
        assertBad(CliRun.of("qpn-eval", "--params", params, "--input", shortRow),
                "vectwin qpn-eval: --input: " + shortRow + " line 2: expected 4 numbers (2^2 for qubits = 2), got 3");
        String word = file("word.csv", "1,2,3,4\n\n1,x,3,4\n");
        assertBad(CliRun.of("qpn-eval", "--params", params, "--input", word),
                "vectwin qpn-eval: --input: " + word + " line 3, field 2: 'x' is not a number");
        String nan = file("nan.csv", "NaN,0,0,0\n");
        assertBad(CliRun.of("qpn-eval", "--params", params, "--input", nan),
                "vectwin qpn-eval: --input: " + nan + " line 1, field 1: 'NaN' is not a number");
        String missing = dir.resolve("none.csv").toString();
        assertBad(CliRun.of("qpn-eval", "--params", params, "--input", missing),
                "vectwin qpn-eval: --input: " + missing + ": cannot read: NoSuchFileException");
    }

    @Test
    void badParameterFilesAreOneLineNamingFileAndFieldWithExitTwo() throws IOException {
        String in = file("in.csv", "1,0,0,0\n");
        String wrong = file("wrong.json", "{\"qubits\": 2, \"layers\": 2, \"theta\": [0, 0, 0, 0, 0, 0]}");
        assertBad(CliRun.of("qpn-eval", "--params", wrong, "--input", in), "vectwin qpn-eval: --params: " + wrong
                + ": theta: holds 6 angles, but qubits = 2 and layers = 2 need 3 x 2 x 2 = 12");
        String angle = file("angle.json", "{\"qubits\": 2, \"layers\": 1, \"encoding\": \"angle\", \"theta\": [0, 0, 0, 0, 0, 0]}");
        assertBad(CliRun.of("qpn-eval", "--params", angle, "--input", in),
                "vectwin qpn-eval: --params: " + angle + ": encoding: qpn-eval evaluates amplitude-encoded inputs only,"
                        + " the file says angle");
        String notJson = file("bad.json", "{qubits: 2}");
        CliRun run = CliRun.of("qpn-eval", "--params", notJson, "--input", in);
        assertBad(run, "vectwin qpn-eval: --params: " + notJson + ": not valid JSON: ");
        CliRun missingOption = CliRun.of("qpn-eval", "--input", in);
        assertThat(missingOption.exitCode()).isEqualTo(2);
        assertThat(missingOption.errLines()).singleElement().asString().contains("--params");
    }

    @Test
    void helpDocumentsTheEncodingAndTheOrder() {
        CliRun run = CliRun.of("qpn-eval", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("basis-index order", "eq. 76", "uniform", "--params", "--input");
    }

    private static void assertBad(CliRun run, String errorStart) {
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().startsWith(errorStart);
    }

    private static void assertRow(String line, double... expected) {
        List<Double> values = Arrays.stream(line.split(",")).map(Double::parseDouble).toList();
        assertThat(values).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(values.get(i)).as("probability %d of %s", i, line).isCloseTo(expected[i], within(1e-15));
        }
    }

    private String file(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f.toString();
    }
}
