package io.vectwin.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedCommandTest {

    static final Path DIR = Path.of("target", "feed-command-test");

    /** Four vehicle elements, one without an angle (line 5). */
    static final String SUMO = """
            <fcd-export>
              <timestep time="0.00">
                <vehicle id="a" x="1.0" y="2.0" angle="90.0" speed="3.0"/>
                <vehicle id="b" x="5.0" y="2.0" angle="0.0" speed="4.0"/>
                <vehicle id="c" x="9.0" y="2.0" speed="4.0"/>
              </timestep>
              <timestep time="1.50">
                <vehicle id="a" x="4.0" y="2.0" angle="90.0" speed="3.0"/>
              </timestep>
            </fcd-export>
            """;

    @BeforeAll
    static void fixtures() throws IOException {
        Files.createDirectories(DIR);
        Files.writeString(DIR.resolve("fcd.xml"), SUMO);
        Files.writeString(DIR.resolve("empty.csv"), "");
        Files.writeString(DIR.resolve("header-only.csv"), "vehicle_id,timestamp,lat,lon\n");
    }

    @Test
    void dryRunPrintsTheSummaryAsJsonAndRejectsToStderr() throws IOException {
        CliRun run = CliRun.of("feed", "sumo", DIR.resolve("fcd.xml").toString(), "--dry-run");
        assertThat(run.exitCode()).isEqualTo(VectwinCli.EXIT_OK);
        JsonNode s = new ObjectMapper().readTree(run.out());
        assertThat(s.get("records_read").asLong()).isEqualTo(4);
        assertThat(s.get("records_accepted").asLong()).isEqualTo(3);
        assertThat(s.get("records_rejected").asLong()).isEqualTo(1);
        assertThat(s.get("vehicles").asInt()).isEqualTo(2);
        assertThat(s.get("time_span_s").asDouble()).isEqualTo(1.5);
        assertThat(s.get("first_error").asText()).isEqualTo(DIR.resolve("fcd.xml") + ":5: missing angle");
        assertThat(s.get("vehicle_ids").get("b").asText()).isEqualTo("v-1");
        assertThat(run.errLines()).containsExactly(DIR.resolve("fcd.xml") + ":5: missing angle");
        // default --nodes scenario: the simulator's 10 UAVs and 4 base stations, each once per slot of 0..1.5 s
        assertThat(s.get("nodes").asInt()).isEqualTo(14);
        assertThat(s.get("node_records").asLong()).isEqualTo(14 * 76);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--uavs 2 --base-stations 1 | 3  | 228",
        "--uavs 0 --base-stations 2 | 2  | 152",
        "--nodes none               | 0  | 0",
        "--nodes NONE --uavs 0 --base-stations 0 | 0 | 0",
    })
    void dryRunCountsTheNodesAndTheirRecords(String options, int nodes, long records) throws IOException {
        String[] opts = options.trim().split("\\s+");
        String[] args = new String[4 + opts.length];
        args[0] = "feed";
        args[1] = "sumo";
        args[2] = DIR.resolve("fcd.xml").toString();
        args[3] = "--dry-run";
        System.arraycopy(opts, 0, args, 4, opts.length);
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(VectwinCli.EXIT_OK);
        JsonNode s = new ObjectMapper().readTree(run.out());
        assertThat(s.get("nodes").asInt()).isEqualTo(nodes);
        assertThat(s.get("node_records").asLong()).isEqualTo(records);
        assertThat(s.get("records_accepted").asLong()).isEqualTo(3);
    }

    @Test
    void jsonSummaryGoesToTheFileAndRejectsBesideIt() throws IOException {
        Path summary = DIR.resolve("out").resolve("summary.json");
        CliRun run = CliRun.of("feed", "sumo", DIR.resolve("fcd.xml").toString(), "--dry-run", "--json", summary.toString(),
                "--task-rate", "0");
        assertThat(run.exitCode()).isEqualTo(VectwinCli.EXIT_OK);
        assertThat(run.outLines()).hasSize(1);
        assertThat(run.out()).contains("4 records read, 3 accepted, 1 rejected, 2 vehicles, 1.5 s, 0 tasks, 1064 node records");
        assertThat(new ObjectMapper().readTree(summary.toFile()).get("records_rejected").asLong()).isEqualTo(1);
        assertThat(Files.readAllLines(DIR.resolve("out").resolve("summary.rejects.txt")))
                .containsExactly(DIR.resolve("fcd.xml") + ":5: missing angle");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "gps  | empty.csv          | empty.csv is empty",
        "sumo | no-such-file.xml   | cannot read target/feed-command-test/no-such-file.xml: no such file",
        "gps  | header-only.csv    | header-only.csv holds no records",
    })
    void emptyMissingOrRecordlessFilesAreOneLineErrorsNamingTheFile(String format, String name, String message) {
        CliRun run = CliRun.of("feed", format, DIR.resolve(name).toString(), "--dry-run", "--json",
                DIR.resolve("err-summary.json").toString());
        assertThat(run.exitCode()).isEqualTo(VectwinCli.EXIT_FAILURE);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith("vectwin feed: error: ").endsWith(message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "csv  fcd.xml --dry-run                    | sumo|gps|json",
        "sumo fcd.xml --dry-run --speed 0          | --speed",
        "sumo fcd.xml --dry-run --speed fast       | --speed",
        "sumo fcd.xml                              | --bootstrap",
        "gps  fcd.xml --dry-run --origin 48.1      | --origin",
        "gps  fcd.xml --dry-run --task-rate -1     | --task-rate",
        "sumo fcd.xml --bootstrap h:1 --client-config target/no-such.properties | --client-config",
        "sumo fcd.xml --dry-run --nodes nodes.jsonl                              | --nodes",
        "sumo fcd.xml --dry-run --uavs -1                                        | --uavs",
        "sumo fcd.xml --dry-run --base-stations -2                               | --base-stations",
        "sumo fcd.xml --dry-run --uavs 0 --base-stations 0                       | --uavs",
    })
    void badArgumentsGiveOneLineNamingTheArgumentAndExitTwo(String args, String argument) {
        String[] parts = args.trim().split("\\s+");
        parts[1] = DIR.resolve(parts[1]).toString();
        String[] full = new String[parts.length + 1];
        full[0] = "feed";
        System.arraycopy(parts, 0, full, 1, parts.length);
        CliRun run = CliRun.of(full);
        assertThat(run.exitCode()).isEqualTo(VectwinCli.EXIT_USAGE);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith("vectwin feed: ").contains(argument);
    }
}
