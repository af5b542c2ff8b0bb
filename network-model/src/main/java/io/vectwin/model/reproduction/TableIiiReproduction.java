package io.vectwin.model.reproduction;

import io.vectwin.model.channel.LinkEndpoints;
import io.vectwin.model.channel.LinkEvaluator;
import io.vectwin.model.channel.LinkType;
import io.vectwin.model.channel.PathLossModelKind;
import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.units.Units;
import java.util.ArrayList;
import java.util.List;

/**
 * Regenerates the paper's Table III (transmission latency of 100 KB, 1 MB and 10 MB over the
 * vehicle → BS link with Okumura and 3GPP UMa path loss, and over the vehicle → UAV link with
 * free-space and 3GPP aerial path loss) from the model, at the geometry the paper states for it:
 * d′_BP = 100 m, h_BS = 25 m, h_UT = 1.5 m, block length n = 1000, and — the paper gives no
 * distance — a ground distance of 1 km (Sec. VI: "average distance ≈ 1000 meters"); the UAV
 * flies at {@link LinkEndpoints#STANDARD_UAV_HEIGHT_M}. Latency is D/R on the mean channel
 * ({@link LinkEvaluator#expected}).
 */
public final class TableIiiReproduction {

    public static final double GROUND_DISTANCE_M = 1000.0;
    public static final int BLOCK_LENGTH = 1000;
    public static final double[] SIZES_BYTES = {100e3, 1e6, 10e6};

    /** The four columns of Table III, in the paper's order. */
    public enum Column {
        V2B_OKUMURA(LinkType.V2B, PathLossModelKind.OKUMURA, new double[] {0.001010, 0.010109, 0.101093}),
        V2B_UMA(LinkType.V2B, PathLossModelKind.UMA, new double[] {0.008986, 0.089863, 0.898631}),
        V2U_FREE_SPACE(LinkType.V2U, PathLossModelKind.FREE_SPACE, new double[] {0.0018, 0.0184, 0.1841}),
        V2U_UAV_3GPP(LinkType.V2U, PathLossModelKind.UAV_3GPP, new double[] {0.0018, 0.0180, 0.1805});

        private final LinkType link;
        private final PathLossModelKind model;
        private final double[] paperSeconds;

        Column(LinkType link, PathLossModelKind model, double[] paperSeconds) {
            this.link = link;
            this.model = model;
            this.paperSeconds = paperSeconds;
        }

        public LinkType link() {
            return link;
        }

        public PathLossModelKind model() {
            return model;
        }

        /** The value printed in the paper for size index {@code i} of {@link #SIZES_BYTES}. */
        public double paperSeconds(int i) {
            return paperSeconds[i];
        }
    }

    /** One cell: what the paper printed and what the model gives. */
    public record Cell(Column column, double sizeBytes, double paperSeconds, double modelSeconds, double snrDb, double rateBps) {

        /** (model − paper)/paper; +∞ when the model's link is closed. */
        public double relativeError() {
            return (modelSeconds - paperSeconds) / paperSeconds;
        }
    }

    private TableIiiReproduction() {
    }

    /** All twelve cells for the given parameters (block length forced to Table III's n = 1000). */
    public static List<Cell> compute(NetworkParameters params) {
        LinkEvaluator evaluator = new LinkEvaluator(params.radio().withBlockLength(BLOCK_LENGTH), params.geometry().slotSeconds());
        List<Cell> cells = new ArrayList<>();
        for (Column column : Column.values()) {
            LinkEndpoints ends = LinkEndpoints.standard(column.link(), GROUND_DISTANCE_M);
            var budget = evaluator.expected(column.link(), column.model(), ends.transmitter(), ends.receiver(),
                    evaluator.maxTxPowerW(column.link().from()));
            for (int i = 0; i < SIZES_BYTES.length; i++) {
                double seconds = budget.latencySeconds(Units.bytesToBits(SIZES_BYTES[i]));
                cells.add(new Cell(column, SIZES_BYTES[i], column.paperSeconds(i), seconds, budget.snrDb(), budget.rateBps()));
            }
        }
        return cells;
    }
}
