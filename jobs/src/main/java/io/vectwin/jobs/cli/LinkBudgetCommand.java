package io.vectwin.jobs.cli;

import io.vectwin.jobs.cli.ArgumentConverters.FiniteNumber;
import io.vectwin.jobs.cli.ArgumentConverters.LinkTypeConverter;
import io.vectwin.jobs.cli.ArgumentConverters.NonNegativeNumber;
import io.vectwin.jobs.cli.ArgumentConverters.OutputFormatConverter;
import io.vectwin.jobs.cli.ArgumentConverters.PathLossConverter;
import io.vectwin.jobs.cli.ArgumentConverters.PositiveInteger;
import io.vectwin.jobs.cli.ArgumentConverters.ProfileConverter;
import io.vectwin.model.channel.LinkBudget;
import io.vectwin.model.channel.LinkEndpoints;
import io.vectwin.model.channel.LinkEvaluator;
import io.vectwin.model.channel.LinkType;
import io.vectwin.model.channel.PathLossModelKind;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.params.Profile;
import io.vectwin.model.params.RadioParameters;
import io.vectwin.model.units.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vectwin link-budget}: SNR, URLLC rate (eq. (23)) and transmission latency of one link
 * for a list of distances and data sizes, on the deterministic mean channel
 * ({@link LinkEvaluator#expected}) at the reference geometry of {@link LinkEndpoints#standard}.
 * No randomness: the same arguments always print the same numbers.
 */
@Command(
        name = "link-budget",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Prints SNR, achievable URLLC rate (eq. 23) and transmission latency of one link, one row per"
                    + " (distance, size) pair, distances outer, sizes inner.",
            "",
            "Uses the deterministic mean channel (LinkEvaluator.expected): mean small-scale power, no shadow"
                    + " fading, the middle of the free-space exponent range, LoS and NLoS gains mixed by their"
                    + " probability. Geometry is LinkEndpoints.standard: base-station antenna at 25 m, vehicle"
                    + " antenna at 1.5 m, UAV at 50 m, transmitter and receiver --distance-m apart on the ground.",
        },
        footer = {
            "",
            "Output columns: link, pathloss, distance_m, size_bytes, snr_db, rate_bps, latency_s"
                    + " (latency = 8 x size / rate). A closed link (rate 0: the SNR is too low for the target"
                    + " error probability) prints latency_s 'inf'; a zero received power prints snr_db '-inf'.",
            "",
            "Examples:",
            "  vectwin link-budget --link v2b \\",
            "      --distance-m 100,400,1000 --size-bytes 1e5,1e6,1e7",
            "  vectwin link-budget --profile paper --link v2b --pathloss okumura \\",
            "      --distance-m 1000 --size-bytes 1e5 --block-length 1000 --format csv",
            "",
            "Exit codes: 0 success, 2 bad arguments (one line on stderr naming the argument).",
        })
public final class LinkBudgetCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--profile", paramLabel = "paper|physical", defaultValue = "physical",
            converter = ProfileConverter.class,
            description = "Parameter profile (default: ${DEFAULT-VALUE}).")
    Profile profile;

    @Option(names = "--link", required = true, paramLabel = "v2b|v2u|u2u|b2u|u2b",
            converter = LinkTypeConverter.class,
            description = "Link type (Table I): vehicle->BS, vehicle->UAV, UAV->UAV, BS->UAV, UAV->BS.")
    LinkType link;

    @Option(names = "--pathloss", paramLabel = "okumura|uma|freespace|uav3gpp",
            converter = PathLossConverter.class,
            description = "Path-loss model; okumura and uma apply to v2b only, freespace and uav3gpp to the"
                    + " links with a UAV end (default: the profile's model for the link).")
    PathLossModelKind pathLoss;

    @Option(names = "--distance-m", required = true, split = ",", paramLabel = "D",
            converter = NonNegativeNumber.class,
            description = "Ground distance(s) between transmitter and receiver, metres, >= 0;"
                    + " comma-separated list allowed.")
    List<Double> distancesM;

    @Option(names = "--size-bytes", required = true, split = ",", paramLabel = "S",
            converter = NonNegativeNumber.class,
            description = "Data size(s) to send, bytes, >= 0 (1e5 = 100 KB);"
                    + " comma-separated list allowed.")
    List<Double> sizesBytes;

    @Option(names = "--format", paramLabel = "table|csv", defaultValue = "table",
            converter = OutputFormatConverter.class,
            description = "Output format (default: ${DEFAULT-VALUE}); csv has the header"
                    + " link,pathloss,distance_m,size_bytes,snr_db,rate_bps,latency_s.")
    OutputFormat format;

    @Option(names = "--block-length", paramLabel = "N", converter = PositiveInteger.class,
            description = "Finite block length n of eq. 23, channel uses (default: the profile's;"
                    + " the paper's Table III uses 1000).")
    Integer blockLength;

    @Option(names = "--tx-power-dbm", paramLabel = "P", converter = FiniteNumber.class,
            description = "Transmit power, dBm (default: the profile's maximum for the transmitting entity).")
    Double txPowerDbm;

    @Override
    public Integer call() {
        format.write(table(rows()), spec.commandLine().getOut());
        return VectwinCli.EXIT_OK;
    }

    /** One row per (distance, size), distances outer. */
    List<LinkBudgetRow> rows() {
        NetworkParameters params = NetworkParameters.forProfile(profile);
        RadioParameters radio = blockLength == null ? params.radio() : params.radio().withBlockLength(blockLength);
        LinkEvaluator evaluator = new LinkEvaluator(radio, params.geometry().slotSeconds());
        PathLossModelKind model = pathLoss != null ? pathLoss : evaluator.defaultModel(link);
        try {
            LinkEvaluator.requireApplicable(link, model);
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException(spec, "--pathloss", model.cliName(), e.getMessage());
        }
        double txPowerW = txPowerDbm == null ? evaluator.maxTxPowerW(link.from()) : Units.dbmToWatts(txPowerDbm);

        List<LinkBudgetRow> rows = new ArrayList<>(distancesM.size() * sizesBytes.size());
        for (double distance : distancesM) {
            LinkEndpoints ends = LinkEndpoints.standard(link, distance);
            LinkBudget budget = evaluator.expected(link, model, ends.transmitter(), ends.receiver(), txPowerW);
            for (double size : sizesBytes) {
                rows.add(new LinkBudgetRow(link, model, distance, size, budget.snrDb(), budget.rateBps(),
                        budget.latencySeconds(Units.bytesToBits(size))));
            }
        }
        return rows;
    }

    private static TextTable table(List<LinkBudgetRow> rows) {
        TextTable table = new TextTable(LinkBudgetRow.COLUMNS);
        rows.forEach(r -> table.addRow(r.cells()));
        return table;
    }
}
