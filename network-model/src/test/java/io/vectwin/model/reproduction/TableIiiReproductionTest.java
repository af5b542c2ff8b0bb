package io.vectwin.model.reproduction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.reproduction.TableIiiReproduction.Cell;
import io.vectwin.model.reproduction.TableIiiReproduction.Column;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableIiiReproductionTest {

    @Test
    void paperProfileReproducesTheOkumuraColumnWithinFivePercent() {
        List<Cell> okumura = TableIiiReproduction.compute(NetworkParameters.paper()).stream()
                .filter(c -> c.column() == Column.V2B_OKUMURA).toList();
        assertThat(okumura).hasSize(3);
        for (Cell cell : okumura) {
            assertThat(Math.abs(cell.relativeError())).as("%s", cell).isLessThan(0.05);
        }
        // Independent check (python3 + numpy/scipy), geometry of TableIiiReproduction:
        //   fm = 3e8/0.009/1e6; d3 = hypot(1000, 23.5); a = (1.1 log10 fm - 0.7)1.5 - (1.56 log10 fm - 0.8)
        //   pl = 69.55 + 26.16 log10 fm - 13.82 log10 25 - a + (44.9 - 6.55 log10 25) log10(d3/1000) = 168.3962 dB
        //   snr = 1e-3 * 10**(pl/10) * 4*(1+0.05) / 1e-9            (paper's +PL convention, M = 4, sigma^2 = 0.05)
        //   R = 10e6*(log2(1+snr) - sqrt((1-(1+snr)**-2)/1000) * norm.isf(1e-6)/ln 2) = 7.772510e8 bit/s
        //   100 KB -> 8e5 / R = 0.00102927 s
        assertThat(okumura.get(0).modelSeconds()).isCloseTo(0.00102927, within(2e-8));
        assertThat(okumura.get(2).modelSeconds()).isCloseTo(0.1029268, within(2e-6));
    }

    @Test
    void everyCellIsComputedAndLatencyScalesWithSize() {
        List<Cell> cells = TableIiiReproduction.compute(NetworkParameters.paper());
        assertThat(cells).hasSize(12);
        for (Column column : Column.values()) {
            List<Cell> col = cells.stream().filter(c -> c.column() == column).toList();
            assertThat(col).allSatisfy(c -> assertThat(c.modelSeconds()).isNotNaN().isPositive());
            if (col.get(0).rateBps() == 0) {
                // a closed link: every latency through it is +inf, never NaN
                assertThat(col).allSatisfy(c -> assertThat(c.modelSeconds()).isInfinite());
            } else {
                // D/R with one rate per column: 10x the data, 10x the time
                assertThat(col.get(1).modelSeconds()).isCloseTo(10 * col.get(0).modelSeconds(), within(1e-12));
            }
        }
    }
}
