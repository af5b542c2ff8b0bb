package io.vectwin.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LinkBudgetCommandTest {

    private static final String HEADER = "link,pathloss,distance_m,size_bytes,snr_db,rate_bps,latency_s";
    private static final int LATENCY = 6;

    private static CliRun csv(String... args) {
        List<String> all = new ArrayList<>(List.of("link-budget", "--format", "csv"));
        all.addAll(Arrays.asList(args));
        CliRun run = CliRun.of(all.toArray(String[]::new));
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        return run;
    }

    private static String[] row(CliRun run, int i) {
        return run.outLines().get(i + 1).split(",", -1);
    }

    @Test
    void csvHeaderIsExactlyTheDocumentedOne() {
        CliRun run = csv("--link", "v2b", "--distance-m", "100", "--size-bytes", "1e5");
        assertThat(run.outLines()).hasSize(2);
        assertThat(run.outLines().get(0)).isEqualTo(HEADER);
        assertThat(row(run, 0)).hasSize(7).startsWith("v2b", "uma", "100", "100000");
    }

    @Test
    void paperProfileOkumuraAtOneKilometreMatchesTableIii() {
        // Table III, Okumura, 100 KB: 0.001010 s. The model gives 0.00102927 s with the table's
        // n = 1000 (see network-model's TableIiiReproductionTest for the python check), and with
        // the paper profile's own n = 100 the finite-blocklength back-off grows by
        // (1/sqrt(100) - 1/sqrt(1000)) * Q^-1(1e-6)/ln 2 = 0.47 bit/use out of ~78: still within 5 %.
        for (String[] blockLength : new String[][] {{}, {"--block-length", "1000"}}) {
            List<String> args = new ArrayList<>(List.of("--profile", "paper", "--link", "v2b", "--pathloss", "okumura",
                    "--distance-m", "1000", "--size-bytes", "100000"));
            args.addAll(List.of(blockLength));
            CliRun run = csv(args.toArray(String[]::new));
            String[] r = row(run, 0);
            assertThat(r).startsWith("v2b", "okumura", "1000", "100000");
            assertThat(Double.parseDouble(r[LATENCY])).as("latency with %s", List.of(blockLength))
                    .isCloseTo(0.001010, within(0.05 * 0.001010));
        }
        CliRun n1000 = csv("--profile", "paper", "--link", "v2b", "--pathloss", "okumura", "--distance-m", "1000",
                "--size-bytes", "100000", "--block-length", "1000");
        assertThat(Double.parseDouble(row(n1000, 0)[LATENCY])).isCloseTo(0.00102927, within(2e-8));
    }

    @Test
    void physicalProfileUmaAtOneHundredMetres() {
        // network-model LinkEvaluatorTest: d3 = hypot(100, 23.5), UMa NLoS 103.0375 dB, SNR 22.1847 dB,
        // R = 1.43228566e8 bit/s, so 8e5 bit take 0.0055855 s.
        CliRun run = csv("--profile", "physical", "--link", "v2b", "--pathloss", "uma", "--distance-m", "100",
                "--size-bytes", "100000");
        String[] r = row(run, 0);
        assertThat(Double.parseDouble(r[4])).isCloseTo(22.184669, within(1e-4));
        assertThat(Double.parseDouble(r[5])).isCloseTo(1.43228566e8, within(1e2));
        assertThat(Double.parseDouble(r[LATENCY])).isCloseTo(0.0055855, within(1e-6));
    }

    @Test
    void defaultsAreThePhysicalProfileAndItsModelForTheLink() {
        CliRun v2b = csv("--link", "v2b", "--distance-m", "100", "--size-bytes", "1");
        CliRun v2u = csv("--link", "v2u", "--distance-m", "100", "--size-bytes", "1");
        assertThat(row(v2b, 0)[1]).isEqualTo("uma");
        assertThat(row(v2u, 0)[1]).isEqualTo("uav3gpp");
        CliRun explicit = csv("--profile", "physical", "--link", "v2b", "--pathloss", "uma", "--distance-m", "100",
                "--size-bytes", "1");
        assertThat(explicit.out()).isEqualTo(v2b.out());
    }

    @Test
    void listsExpandToOneRowPerDistanceAndSizeDistancesOuter() {
        CliRun run = csv("--link", "v2u", "--distance-m", "100,400,1000", "--size-bytes", "1e5,1e6,1e7,2e7");
        assertThat(run.outLines()).hasSize(1 + 3 * 4);
        List<String> pairs = run.outLines().stream().skip(1).map(l -> l.split(",")[2] + "/" + l.split(",")[3]).toList();
        assertThat(pairs).containsExactly(
                "100/100000", "100/1000000", "100/10000000", "100/20000000",
                "400/100000", "400/1000000", "400/10000000", "400/20000000",
                "1000/100000", "1000/1000000", "1000/10000000", "1000/20000000");
        // one rate per distance: 10x the data, 10x the time
        double small = Double.parseDouble(row(run, 0)[LATENCY]);
        double large = Double.parseDouble(row(run, 1)[LATENCY]);
        assertThat(large).isCloseTo(10 * small, within(1e-9 * large));
    }

    @Test
    void repeatedOptionsAppendToTheList() {
        CliRun run = csv("--link", "v2b", "--distance-m", "100", "--distance-m", "200,300", "--size-bytes", "1");
        assertThat(run.outLines()).hasSize(4);
    }

    @Test
    void closedLinkPrintsInfLatency() {
        // physical UMa NLoS at 1 km: SNR -16.4 dB, below what n = 1000, eps = 1e-6 can carry, so R = 0
        CliRun run = csv("--link", "v2b", "--pathloss", "uma", "--distance-m", "1000", "--size-bytes", "100000");
        String[] r = row(run, 0);
        assertThat(Double.parseDouble(r[5])).isZero();
        assertThat(r[LATENCY]).isEqualTo("inf");

        CliRun table = CliRun.of("link-budget", "--link", "v2b", "--distance-m", "1000", "--size-bytes", "1e5");
        assertThat(table.outLines().get(1)).endsWith(" inf");
    }

    @Test
    void zeroBytesTakeNoTimeEvenOnAClosedLink() {
        CliRun run = csv("--link", "v2b", "--distance-m", "1000", "--size-bytes", "0");
        assertThat(row(run, 0)[LATENCY]).isEqualTo("0");
    }

    @Test
    void txPowerOverrideRaisesSnrDecibelForDecibel() {
        // default UE power is 23 dBm; +10 dB of power is +10 dB of SNR on the mean channel
        double base = Double.parseDouble(row(csv("--link", "v2b", "--distance-m", "100", "--size-bytes", "1"), 0)[4]);
        double louder = Double.parseDouble(row(csv("--link", "v2b", "--distance-m", "100", "--size-bytes", "1",
                "--tx-power-dbm", "33"), 0)[4]);
        assertThat(louder - base).isCloseTo(10.0, within(2e-4));
    }

    @Test
    void tableFormatIsAlignedUnderAHeaderLine() {
        CliRun run = CliRun.of("link-budget", "--link", "v2b", "--distance-m", "100,1000", "--size-bytes", "1e5,1e7");
        assertThat(run.exitCode()).isZero();
        List<String> lines = run.outLines();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0).split("\\s+"))
                .containsExactly("link", "pathloss", "distance_m", "size_bytes", "snr_db", "rate_bps", "latency_s");
        // numbers are right-aligned, so every line ends at the same column
        assertThat(lines).allSatisfy(l -> assertThat(l).hasSameSizeAs(lines.get(0)));
        assertThat(lines.get(1).split("\\s+")).startsWith("v2b", "uma", "100", "100000");
    }

    @Test
    void helpDocumentsTheMeanChannelAndInf() {
        CliRun run = CliRun.of("link-budget", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("mean channel", "LinkEndpoints.standard", "'inf'", "--distance-m", "csv");
    }

    static Stream<Arguments> badArguments() {
        return Stream.of(
                bad("--distance-m", "'abc' is not a number", "--link", "v2b", "--distance-m", "abc", "--size-bytes", "1"),
                bad("--distance-m", "'x' is not a number", "--link", "v2b", "--distance-m", "100,x", "--size-bytes", "1"),
                bad("--distance-m", "'-5' is negative", "--link", "v2b", "--distance-m", "-5", "--size-bytes", "1"),
                bad("--distance-m", "'NaN' is not a number", "--link", "v2b", "--distance-m", "NaN", "--size-bytes", "1"),
                bad("--distance-m", "'1e999' is too large", "--link", "v2b", "--distance-m", "1e999", "--size-bytes", "1"),
                bad("--size-bytes", "'-1e5' is negative", "--link", "v2b", "--distance-m", "1", "--size-bytes", "-1e5"),
                bad("--size-bytes", "'' is not a number", "--link", "v2b", "--distance-m", "1", "--size-bytes", "1,,2"),
                bad("--link", "unknown link 'v2x'", "--link", "v2x", "--distance-m", "1", "--size-bytes", "1"),
                bad("--pathloss", "path-loss model okumura does not apply to link v2u (use freespace or uav3gpp)",
                        "--link", "v2u", "--pathloss", "okumura", "--distance-m", "1", "--size-bytes", "1"),
                bad("--pathloss", "path-loss model uav3gpp does not apply to link v2b (use okumura or uma)",
                        "--link", "v2b", "--pathloss", "uav3gpp", "--distance-m", "1", "--size-bytes", "1"),
                bad("--pathloss", "unknown path-loss model 'hata'",
                        "--link", "v2b", "--pathloss", "hata", "--distance-m", "1", "--size-bytes", "1"),
                bad("--profile", "unknown profile 'fast'",
                        "--profile", "fast", "--link", "v2b", "--distance-m", "1", "--size-bytes", "1"),
                bad("--format", "unknown format 'xml'",
                        "--format", "xml", "--link", "v2b", "--distance-m", "1", "--size-bytes", "1"),
                bad("--block-length", "'0' is not a positive integer",
                        "--block-length", "0", "--link", "v2b", "--distance-m", "1", "--size-bytes", "1"),
                bad("--block-length", "'99999999999' is too large",
                        "--block-length", "99999999999", "--link", "v2b", "--distance-m", "1", "--size-bytes", "1"),
                bad("--tx-power-dbm", "'hot' is not a number",
                        "--tx-power-dbm", "hot", "--link", "v2b", "--distance-m", "1", "--size-bytes", "1"),
                bad("--link", "Missing required option", "--distance-m", "1", "--size-bytes", "1"),
                bad("--size-bytes", "Missing required", "--link", "v2b", "--distance-m", "1", "--size-bytes"),
                bad("--distance-m", "Missing required option", "--link", "v2b", "--distnce-m", "1", "--size-bytes", "1"),
                bad("--colour", "Unknown option",
                        "--link", "v2b", "--distance-m", "1", "--size-bytes", "1", "--colour", "red"),
                bad("--link", "should be specified only once",
                        "--link", "v2b", "--link", "v2u", "--distance-m", "1", "--size-bytes", "1"));
    }

    private static Arguments bad(String argument, String reason, String... args) {
        return Arguments.of(argument, reason, args);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badArguments")
    void badArgumentGivesExitTwoAndOneLineNamingIt(String argument, String reason, String[] args) {
        List<String> all = new ArrayList<>(List.of("link-budget"));
        all.addAll(Arrays.asList(args));
        CliRun run = CliRun.of(all.toArray(String[]::new));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).hasSize(1);
        String line = run.errLines().get(0);
        assertThat(line).startsWith("vectwin link-budget: ").contains(argument).contains(reason)
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void valueErrorsHaveTheExactShapeArgumentColonReason() {
        CliRun run = CliRun.of("link-budget", "--link", "v2b", "--distance-m", "abc", "--size-bytes", "1");
        assertThat(run.err()).isEqualTo("vectwin link-budget: --distance-m: 'abc' is not a number" + System.lineSeparator());
        CliRun pl = CliRun.of("link-budget", "--link", "v2u", "--pathloss", "okumura", "--distance-m", "1",
                "--size-bytes", "1");
        assertThat(pl.errLines()).containsExactly("vectwin link-budget: --pathloss: path-loss model okumura does not"
                + " apply to link v2u (use freespace or uav3gpp)");
    }
}
