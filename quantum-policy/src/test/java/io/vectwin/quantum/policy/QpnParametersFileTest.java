package io.vectwin.quantum.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vectwin.quantum.circuit.CircuitShape;
import io.vectwin.quantum.circuit.Encoding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QpnParametersFileTest {

    @TempDir
    Path dir;

    @Test
    void saveThenLoadGivesBitIdenticalParameters() {
        SplittableRandom rng = new SplittableRandom(4);
        QpnParameters p = QpnParameters.initial(CircuitShape.paper(), Encoding.ANGLE_REUPLOADING, true, 56, rng);
        double[][] w = p.readout().weights();
        w[3][17] = -0.1234567890123456789;
        p = p.withReadout(new SoftmaxReadout(w, new double[56], 0.07));
        Path file = dir.resolve("sub/model.json");
        QpnParametersFile.write(p, file);
        assertThat(QpnParametersFile.read(file)).isEqualTo(p);
        assertThat(file.resolveSibling("model.json.tmp")).doesNotExist();
        String text = QpnParametersFile.toJson(p);
        assertThat(text).contains("\"format\" : \"vectwin-qpn\"", "\"version\" : 1", "\"qubits\" : 6", "\"layers\" : 4",
                "\"encoding\" : \"angle-reuploading\"", "\"hadamardInput\" : true", "\"actions\" : 56");
    }

    @Test
    void theMinimalFileHoldsQubitsLayersAndTheta() throws IOException {
        Path file = write("{\"qubits\": 2, \"layers\": 1, \"theta\": [0.1, 0.2, 0.3, 0.4, 0.5, 0.6]}");
        QpnParameters p = QpnParametersFile.read(file);
        assertThat(p.shape()).isEqualTo(new CircuitShape(2, 1));
        assertThat(p.encoding()).isEqualTo(Encoding.AMPLITUDE);
        assertThat(p.hadamardInput()).isFalse();
        assertThat(p.theta()).containsExactly(0.1, 0.2, 0.3, 0.4, 0.5, 0.6);
        assertThat(p.hasReadout()).isFalse();
    }

    @Test
    void wrongShapesAreOneLineNamingFileAndField() throws IOException {
        String theta72 = numbers(72);
        assertError("{\"qubits\": 6, \"layers\": 4, \"theta\": " + numbers(70) + "}",
                "theta: holds 70 angles, but qubits = 6 and layers = 4 need 3 x 4 x 6 = 72");
        assertError("{\"qubits\": 6, \"layers\": 4, \"theta\": " + theta72 + ", \"readout\": {\"temperature\": 1,"
                + " \"weights\": [" + numbers(64) + ", " + numbers(32) + "]}}",
                "readout.weights[1]: holds 32 weights, but qubits = 6 give 2^6 = 64 outcomes");
        assertError("{\"qubits\": 6, \"layers\": 4, \"theta\": " + theta72 + ", \"readout\": {\"actions\": 3, \"temperature\": 1,"
                + " \"weights\": [" + numbers(64) + "]}}", "readout.actions: is 3, but readout.weights has 1 rows");
        assertError("{\"qubits\": 6, \"layers\": 4, \"theta\": " + theta72 + ", \"readout\": {\"temperature\": 1,"
                + " \"weights\": [" + numbers(64) + "], \"bias\": [1, 2]}}",
                "readout.bias: holds 2 numbers, but readout.weights has 1 rows (one per action)");
        assertError("{\"qubits\": 6, \"layers\": 4, \"theta\": " + theta72 + ", \"readout\": {\"weights\": [" + numbers(64) + "]}}",
                "readout.temperature: is missing");
        assertError("{\"qubits\": 13, \"layers\": 4, \"theta\": []}", "qubits: must lie in [1, 12], got 13");
        assertError("{\"qubits\": 6.5, \"layers\": 4, \"theta\": []}", "qubits: must be an integer, got 6.5");
        assertError("{\"qubits\": 6, \"layers\": 0, \"theta\": []}", "layers: must be >= 1, got 0");
        assertError("{\"qubits\": 6, \"theta\": []}", "layers: is missing");
        assertError("{\"qubits\": 1, \"layers\": 1, \"theta\": [0, \"x\", 0]}", "theta[1]: must be a number, got \"x\"");
        assertError("{\"qubits\": 1, \"layers\": 1, \"theta\": [0, 1e999, 0]}", "theta[1]: must be finite");
        assertError("{\"qubits\": 1, \"layers\": 1, \"theta\": [0, 0, 0], \"hadamard\": true}",
                "hadamard: unknown key (known: encoding, format, hadamardInput, layers, qubits, readout, theta, version)");
        assertError("{\"qubits\": 1, \"layers\": 1, \"theta\": [0, 0, 0], \"version\": 2}",
                "version: 2 is not supported (this reader knows version 1)");
        assertError("{\"qubits\": 1, \"layers\": 1, \"theta\": [0, 0, 0], \"format\": \"other\"}",
                "format: must be \"vectwin-qpn\", got \"other\"");
        assertError("{\"qubits\": 1, \"layers\": 1, \"theta\": [0, 0, 0], \"encoding\": \"basis\"}",
                "encoding: unknown encoding 'basis'");
        assertError("{\"qubits\": 1, \"qubits\": 1}", "not valid JSON: Duplicate field 'qubits'");
        assertError("[1, 2]", "must hold a JSON object, got an array");
        assertError("{\"qubits\": 1,\n \"layers\": 1,\n \"theta\": [0, 0, 0}\n", "not valid JSON:");
        assertError("{\"qubits\": 1,\n \"layers\": 1,\n \"theta\": [0, 0, 0}\n", "(line 3, column");
        assertError("", "must hold a JSON object, got nothing");
    }

    @Test
    void unreadableFileNamesTheFile() {
        Path missing = dir.resolve("nope.json");
        assertThatThrownBy(() -> QpnParametersFile.read(missing)).isInstanceOf(QpnFileException.class)
                .hasMessage(missing + ": cannot read: NoSuchFileException (" + missing + ")");
    }

    private void assertError(String json, String expected) throws IOException {
        Path file = write(json);
        assertThatThrownBy(() -> QpnParametersFile.read(file))
                .isInstanceOf(QpnFileException.class)
                .hasMessageStartingWith(file + ": ")
                .hasMessageContaining(expected)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    private Path write(String json) throws IOException {
        Path file = Files.createTempFile(dir, "params", ".json");
        Files.writeString(file, json);
        return file;
    }

    private static String numbers(int n) {
        return IntStream.range(0, n).mapToObj(i -> "0.5").collect(Collectors.joining(", ", "[", "]"));
    }
}
