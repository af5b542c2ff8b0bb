package io.vectwin.jobs.cli;

import io.vectwin.model.channel.LinkType;
import io.vectwin.model.channel.PathLossModelKind;
import io.vectwin.jobs.cli.TextTable.Column;
import java.util.List;

/**
 * One line of {@code vectwin link-budget}: sending {@code sizeBytes} over {@code link} at a
 * ground distance of {@code distanceM}.
 *
 * @param latencySeconds 8·size/rate; +∞ when the link is closed (rate 0)
 */
public record LinkBudgetRow(
        LinkType link,
        PathLossModelKind pathLoss,
        double distanceM,
        double sizeBytes,
        double snrDb,
        double rateBps,
        double latencySeconds) {

    /** The columns, in the order of {@link #cells()}; their headers are the CSV header. */
    public static final List<Column> COLUMNS = List.of(
            Column.text("link"),
            Column.text("pathloss"),
            Column.number("distance_m"),
            Column.number("size_bytes"),
            Column.number("snr_db"),
            Column.number("rate_bps"),
            Column.number("latency_s"));

    /**
     * Inputs are echoed exactly; SNR to 10⁻⁴ dB and the rate to 0.1 bit/s; latency to 9
     * significant digits (ns resolution is far below anything the model can claim, but keeps
     * the column comparable with the paper's Table III, which prints 4–6 digits).
     */
    public List<String> cells() {
        return List.of(
                link.cliName(),
                pathLoss.cliName(),
                NumberText.exact(distanceM),
                NumberText.exact(sizeBytes),
                NumberText.fixed(snrDb, 4),
                NumberText.fixed(rateBps, 1),
                NumberText.significant(latencySeconds, 9));
    }
}
