package io.vectwin.model.reproduction;

import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.params.Profile;
import io.vectwin.model.reproduction.TableIiiReproduction.Cell;
import java.util.List;
import java.util.Locale;

/**
 * Renders {@link TableIiiReproduction} for both profiles as Markdown: what the paper printed,
 * what the model gives, and the relative error, cell by cell, with the profile that made each
 * number named. The {@code vectwin table-iii} command writes it to {@code docs/TABLE_III.md}.
 */
public final class TableIiiReport {

    private TableIiiReport() {
    }

    public static String markdown(String command) {
        StringBuilder md = new StringBuilder();
        md.append("# Table III, regenerated\n\n");
        md.append("Written by `").append(command).append("`; do not edit by hand.\n\n");
        md.append("Transmission latency D/R on the mean channel (`LinkEvaluator.expected`) at the geometry the paper ")
                .append("states for Table III: d′_BP = 100 m, h_BS = 25 m, vehicle antenna 1.5 m, UAV at 50 m, block length ")
                .append("n = ").append(TableIiiReproduction.BLOCK_LENGTH).append(", ground distance ")
                .append(fmt(TableIiiReproduction.GROUND_DISTANCE_M, "%.0f")).append(" m ")
                .append("(the paper gives none; Sec. VI speaks of an average distance of about 1000 m). ")
                .append("`inf` means the link is closed: eq. (23)'s rate is 0.\n\n");
        for (Profile profile : Profile.values()) {
            List<Cell> cells = TableIiiReproduction.compute(NetworkParameters.forProfile(profile));
            md.append("## Profile `").append(profile.cliName()).append("`\n\n");
            md.append("| column | size | paper (s) | model (s) | model − paper | SNR (dB) | rate (bit/s) |\n");
            md.append("|---|---|---|---|---|---|---|\n");
            for (Cell c : cells) {
                md.append("| ").append(c.column().link().cliName()).append(' ').append(c.column().model().cliName())
                        .append(" | ").append(size(c.sizeBytes()))
                        .append(" | ").append(fmt(c.paperSeconds(), "%.6f"))
                        .append(" | ").append(fmt(c.modelSeconds(), "%.6f"))
                        .append(" | ").append(Double.isFinite(c.relativeError()) ? fmt(100 * c.relativeError(), "%+.1f %%") : "inf")
                        .append(" | ").append(fmt(c.snrDb(), "%.1f"))
                        .append(" | ").append(fmt(c.rateBps(), "%.4g"))
                        .append(" |\n");
            }
            md.append('\n');
        }
        md.append("""
                ## Reading it

                - Only the `paper` profile's Okumura column is meant to match: the paper's numbers come from
                  converting the path loss with 10^(+PL/10) and multiplying (a gain), Okumura–Hata with d in km,
                  n = 1000, ε = 10⁻⁶, M = 4 — see DESIGN.md. Its SNR of over 200 dB shows how unphysical that
                  convention is.
                - The paper's other three columns cannot be reproduced from its stated model and Table II: under
                  the same +PL convention, UMa (a larger path loss) would give an even higher SNR and a *lower*
                  latency than Okumura, while the paper prints a 9× higher one; free space (eq. 26) is already a
                  linear gain and, with Table II's −30 dBW vehicle power at 33 GHz, closes no link at 1 km.
                - The `physical` profile's numbers are what a 3GPP-consistent link budget gives for the same
                  geometry (3.5 GHz, 20 MHz, 23 dBm UE): at 1 km over UMa NLoS the link is closed, which is why
                  the physical profile's tasks are sized for near links (see `TaskParameters.physical()`).
                """);
        return md.toString();
    }

    private static String size(double bytes) {
        return bytes >= 1e6 ? fmt(bytes / 1e6, "%.0f") + " MB" : fmt(bytes / 1e3, "%.0f") + " KB";
    }

    private static String fmt(double v, String pattern) {
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        return String.format(Locale.ROOT, pattern, v);
    }
}
