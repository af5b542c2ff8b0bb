package io.vectwin.model.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vectwin.model.params.RadioParameters;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LinkEvaluatorTest {

    private final LinkEvaluator physical = new LinkEvaluator(RadioParameters.physical(), 0.02);
    private final LinkEvaluator paper = new LinkEvaluator(RadioParameters.paper(), 0.02);
    /** 23 dBm = 10**(-0.7) W = 0.19953 W, the power used in the python checks. */
    private static final double UE_POWER_W = Math.pow(10, -0.7);

    @Test
    void physicalVehicleToBsMatchesTheDesignNumbers() {
        // python3: noise = 10**((-174 + 10 log10 20e6 + 5 - 30)/10); P = 10**(-0.7) W (23 dBm); UMa NLoS (PL above) ; M(1+s2) = 4.2
        // 100 m: PL 103.037524 dB, SNR 22.184669 dB, R 1.43228566e8 -> 100 KB in 5.5855 ms
        // 400 m: PL 126.139105 dB, SNR -0.916912 dB, R 1.34996770e7 -> 100 KB in 59.26 ms
        LinkEndpoints near = LinkEndpoints.standard(LinkType.V2B, 100);
        LinkBudget b = physical.expected(LinkType.V2B, PathLossModelKind.UMA, near.transmitter(), near.receiver(), UE_POWER_W);
        assertThat(b.pathLossDb()).isCloseTo(103.037524, within(1e-5));
        assertThat(b.snrDb()).isCloseTo(22.184669, within(1e-4));
        assertThat(b.rateBps()).isCloseTo(1.43228566e8, within(1e2));
        assertThat(b.latencySeconds(8e5)).isCloseTo(0.0055855, within(1e-6));

        LinkEndpoints far = LinkEndpoints.standard(LinkType.V2B, 400);
        LinkBudget f = physical.expected(LinkType.V2B, PathLossModelKind.UMA, far.transmitter(), far.receiver(), UE_POWER_W);
        assertThat(f.latencySeconds(8e5)).isCloseTo(0.05926068, within(1e-6));
    }

    @Test
    void meanChannelIsTheBudgetsChannelWithoutAPower() {
        // python3: UMa NLoS at 100 m PL 103.037524 dB (above); M(1+s2) = 4.2 -> |h|^2 = -103.037524 + 10 log10 4.2
        // = -96.805031 dB
        LinkEndpoints near = LinkEndpoints.standard(LinkType.V2B, 100);
        MeanChannel c = physical.meanChannel(LinkType.V2B, PathLossModelKind.UMA, near.transmitter(), near.receiver());
        assertThat(c.pathLossDb()).isCloseTo(103.037524, within(1e-5));
        assertThat(c.smallScalePower()).isCloseTo(4.2, within(1e-12));
        assertThat(c.gainDb()).isCloseTo(-96.805031, within(1e-5));
        LinkBudget b = physical.expected(LinkType.V2B, PathLossModelKind.UMA, near.transmitter(), near.receiver(), UE_POWER_W);
        assertThat(c.largeScaleGain()).isEqualTo(b.largeScaleGain());
        assertThat(c.distanceM()).isEqualTo(b.distanceM());
    }

    @Test
    void physicalVehicleToUavMixesLosAndNlosByProbability() {
        // d3 = hypot(400, 48.5) = 402.9296 m; P_LoS = 0.249437; LoS 96.196402 dB, NLoS 114.680231 dB
        // g = P 10^(-LoS/10) + (1-P) 10^(-NLoS/10) -> 102.045359 dB; UAV noise NF 9 dB; SNR 13.156234 dB
        // R = 8.44378724e7 -> 100 KB in 9.4744 ms
        LinkEndpoints e = LinkEndpoints.standard(LinkType.V2U, 400);
        LinkBudget b = physical.expected(LinkType.V2U, PathLossModelKind.UAV_3GPP, e.transmitter(), e.receiver(), UE_POWER_W);
        assertThat(b.pathLossDb()).isCloseTo(102.045359, within(1e-5));
        assertThat(b.snrDb()).isCloseTo(13.156234, within(1e-4));
        assertThat(b.latencySeconds(8e5)).isCloseTo(0.00947442, within(1e-7));
    }

    @Test
    void noNaNOrInfiniteLeaksFromZeroToTenKilometres() {
        SplittableRandom rng = new SplittableRandom(42);
        for (LinkEvaluator ev : new LinkEvaluator[] {physical, paper}) {
            for (LinkType link : LinkType.values()) {
                for (PathLossModelKind model : PathLossModelKind.values()) {
                    if (!LinkEvaluator.applies(link, model)) {
                        continue;
                    }
                    for (double d = 0; d <= 10_000; d += 37.0) {
                        LinkEndpoints e = LinkEndpoints.standard(link, d);
                        double p = ev.maxTxPowerW(link.from());
                        for (LinkBudget b : new LinkBudget[] {
                                ev.expected(link, model, e.transmitter(), e.receiver(), p),
                                ev.draw(link, model, e.transmitter(), e.receiver(), p, 20.0, rng)}) {
                            assertThat(b.pathLossDb()).as("%s %s %s m", link, model, d).isFinite();
                            assertThat(b.sinr()).as("%s %s %s m", link, model, d).isFinite().isNotNegative();
                            assertThat(b.rateBps()).as("%s %s %s m", link, model, d).isFinite().isNotNegative();
                            double latency = b.latencySeconds(8e5);
                            assertThat(latency).isNotNaN().isPositive();
                            assertThat(Double.isInfinite(latency)).isEqualTo(b.isClosed());
                        }
                    }
                }
            }
        }
    }

    @Test
    void sameSeedSameDraw() {
        LinkEndpoints e = LinkEndpoints.standard(LinkType.B2U, 700);
        LinkBudget a = physical.draw(LinkType.B2U, PathLossModelKind.UAV_3GPP, e.transmitter(), e.receiver(), 1, 30, new SplittableRandom(9));
        LinkBudget b = physical.draw(LinkType.B2U, PathLossModelKind.UAV_3GPP, e.transmitter(), e.receiver(), 1, 30, new SplittableRandom(9));
        assertThat(a).isEqualTo(b);
    }

    @Test
    void meanOfDrawsApproachesTheExpectedBudgetForOkumura() {
        // Okumura has no shadowing or LoS state: only fading and CSI error vary, with mean M(1 + s2)
        LinkEndpoints e = LinkEndpoints.standard(LinkType.V2B, 300);
        LinkBudget expected = physical.expected(LinkType.V2B, PathLossModelKind.OKUMURA, e.transmitter(), e.receiver(), 0.2);
        SplittableRandom rng = new SplittableRandom(4);
        double sum = 0;
        int n = 50_000;
        for (int i = 0; i < n; i++) {
            sum += physical.draw(LinkType.V2B, PathLossModelKind.OKUMURA, e.transmitter(), e.receiver(), 0.2, 20, rng).sinr();
        }
        assertThat(sum / n / expected.sinr()).isCloseTo(1.0, within(0.01));
    }

    @Test
    void pathLossModelMustFitTheLink() {
        LinkEndpoints e = LinkEndpoints.standard(LinkType.V2U, 100);
        assertThatThrownBy(() -> physical.expected(LinkType.V2U, PathLossModelKind.OKUMURA, e.transmitter(), e.receiver(), 0.2))
                .hasMessage("path-loss model okumura does not apply to link v2u (use freespace or uav3gpp)");
        assertThat(LinkType.between(io.vectwin.model.geometry.EntityKind.UAV, io.vectwin.model.geometry.EntityKind.BASE_STATION))
                .isEqualTo(LinkType.U2B);
    }
}
