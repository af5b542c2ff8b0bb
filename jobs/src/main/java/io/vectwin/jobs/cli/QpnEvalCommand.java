package io.vectwin.jobs.cli;

import io.vectwin.quantum.circuit.Encoding;
import io.vectwin.quantum.circuit.VariationalCircuit;
import io.vectwin.quantum.policy.QpnFileException;
import io.vectwin.quantum.policy.QpnParameters;
import io.vectwin.quantum.policy.QpnParametersFile;
import io.vectwin.quantum.simulator.StateVector;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code vectwin qpn-eval}: the quantum policy network's circuit as a calculator. Each input row of
 * 2^N raw features is amplitude-encoded (eq. 76 with f_i the i-th feature, nothing applied before),
 * run through the ansatz of the parameter file, and its 2^N measurement probabilities (eq. 85) are
 * printed as one CSV row in basis-index order (i = Σ_k q_k·2^k, qubit 0 least significant).
 *
 * <p>All input is checked before anything is printed, so a bad row gives one error line and no
 * partial output.
 */
@Command(
        name = "qpn-eval",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Evaluates the quantum policy network's circuit: for each input row of 2^N features, amplitude-encodes"
                    + " them (alpha_i = f_i / ||f||, eq. 76), applies the ansatz of --params and prints the 2^N"
                    + " measurement probabilities (eq. 85) as one CSV row, in basis-index order"
                    + " (i = sum_k q_k 2^k, qubit 0 the least significant bit).",
            "",
            "An all-zero row has no amplitude encoding (Lemma 1 needs sum f_i^2 > 0); it is encoded as the uniform"
                    + " superposition instead.",
        },
        footer = {
            "",
            "--params is the policy's JSON file: at least {\"qubits\": N, \"layers\": L, \"theta\": [3*L*N angles,"
                    + " order layer, qubit, (x, y, z)]}; a read-out in it is ignored here. Only amplitude encoding"
                    + " without the Hadamard input layer is evaluated.",
            "--input is a text file, one row of 2^N comma-separated numbers per line, no header; blank lines are"
                    + " skipped. '-' reads standard input.",
            "",
            "Example:",
            "  vectwin qpn-eval --params model.json --input states.csv > probabilities.csv",
            "",
            "Exit codes: 0 success, 2 bad arguments or input (one line on stderr naming the file, line and field).",
        })
public final class QpnEvalCommand implements Callable<Integer> {

    static final String PARAMS = "--params";
    static final String INPUT = "--input";

    @Spec
    CommandSpec spec;

    @Option(names = PARAMS, required = true, paramLabel = "FILE",
            description = "Parameter file (JSON) with qubits, layers and theta.")
    Path params;

    @Option(names = INPUT, required = true, paramLabel = "CSV",
            description = "Rows of 2^N features, one per line; '-' for standard input.")
    String input;

    @Override
    public Integer call() {
        VariationalCircuit circuit = circuit();
        List<double[]> rows = rows(circuit.inputLength(), circuit.shape().qubits());
        StateVector state = new StateVector(circuit.shape().qubits());
        double[] probabilities = new double[circuit.shape().dimension()];
        PrintWriter out = spec.commandLine().getOut();
        for (double[] row : rows) {
            circuit.probabilities(row, state, probabilities);
            StringJoiner line = new StringJoiner(",");
            for (double p : probabilities) {
                line.add(NumberText.exact(p));
            }
            out.println(line);
        }
        out.flush();
        return VectwinCli.EXIT_OK;
    }

    /** The amplitude-encoded ansatz of the parameter file. */
    private VariationalCircuit circuit() {
        QpnParameters p;
        try {
            p = QpnParametersFile.read(params);
        } catch (QpnFileException e) {
            throw new InvalidArgumentException(spec, PARAMS, params.toString(), e.getMessage());
        }
        if (p.encoding() != Encoding.AMPLITUDE) {
            throw new InvalidArgumentException(spec, PARAMS, params.toString(), params + ": encoding: qpn-eval evaluates"
                    + " amplitude-encoded inputs only, the file says " + p.encoding().fileName());
        }
        if (p.hadamardInput()) {
            throw new InvalidArgumentException(spec, PARAMS, params.toString(), params + ": hadamardInput: qpn-eval"
                    + " applies nothing before the ansatz, the file asks for a Hadamard layer");
        }
        return VariationalCircuit.amplitudeEncoded(p.shape(), p.theta());
    }

    /** Every non-blank line as 2^N finite numbers; the first bad one is reported with its line number. */
    private List<double[]> rows(int width, int qubits) {
        List<String> lines = lines();
        List<double[]> rows = new ArrayList<>(lines.size());
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split(",", -1);
            String where = input + " line " + (n + 1);
            if (fields.length != width) {
                throw badInput(where + ": expected " + width + " numbers (2^" + qubits + " for qubits = " + qubits
                        + "), got " + fields.length);
            }
            double[] row = new double[width];
            for (int i = 0; i < width; i++) {
                try {
                    row[i] = ArgumentConverters.finiteNumber(fields[i]);
                } catch (TypeConversionException e) {
                    throw badInput(where + ", field " + (i + 1) + ": " + e.getMessage());
                }
            }
            rows.add(row);
        }
        return rows;
    }

    private List<String> lines() {
        try {
            if ("-".equals(input)) {
                BufferedReader reader = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                return reader.lines().toList();
            }
            return Files.readAllLines(Path.of(input), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw badInput(input + ": cannot read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
        }
    }

    private InvalidArgumentException badInput(String reason) {
        return new InvalidArgumentException(spec, INPUT, input, reason);
    }
}
