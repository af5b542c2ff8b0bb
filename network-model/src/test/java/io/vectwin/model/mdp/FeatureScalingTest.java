package io.vectwin.model.mdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vectwin.model.params.NetworkParameters;
import io.vectwin.model.params.PathLossConvention;
import org.junit.jupiter.api.Test;

class FeatureScalingTest {

    private static final double EPS = 1e-9;

    /*
     * numpy:
     *   fspl = lambda d, f: 20*np.log10(4*np.pi*d*f/3e8)
     *   dmax = np.sqrt(3000**2*2 + 75**2)                    # 4243.30 m, union of Sec. VI's boxes
     *   lo, hi = fspl(10, f), fspl(dmax, f) + 50
     *   f = 3.5e9   -> centre 114.60017407769185, half 51.27704100463767
     *   f = 3e8/0.009 -> centre 134.1763880962931, half 51.27704100463766
     */
    @Test
    void physicalProfileCentresAttenuationsNegative() {
        FeatureScaling s = FeatureScaling.forParameters(NetworkParameters.physical());
        assertThat(s.convention()).isEqualTo(PathLossConvention.ATTENUATION);
        assertThat(s.pathLossCentreDb()).isCloseTo(114.60017407769185, within(EPS));
        assertThat(s.pathLossHalfRangeDb()).isCloseTo(51.27704100463767, within(EPS));
        assertThat(s.gainCentreDb()).isCloseTo(-114.60017407769185, within(EPS));
        assertThat(s.gainHalfRangeDb()).isCloseTo(51.27704100463767, within(EPS));
    }

    @Test
    void paperProfileCentresGainsPositive() {
        FeatureScaling s = FeatureScaling.forParameters(NetworkParameters.paper());
        assertThat(s.convention()).isEqualTo(PathLossConvention.PAPER_GAIN);
        assertThat(s.pathLossCentreDb()).isCloseTo(134.1763880962931, within(EPS));
        assertThat(s.gainCentreDb()).isCloseTo(134.1763880962931, within(EPS));
        assertThat(s.gainHalfRangeDb()).isCloseTo(51.27704100463766, within(EPS));
    }

    @Test
    void affineMapsMatchHandComputedValues() {
        FeatureScaling physical = FeatureScaling.forParameters(NetworkParameters.physical());
        // (-120 + 114.60017407769185) / 51.27704100463767 = -0.105306894011684
        assertThat(physical.gainFeature(-120.0)).isCloseTo(-0.105306894011684, within(EPS));
        // (148.5 - 114.60017407769185) / 51.27704100463767 = 0.6611111963196578
        assertThat(physical.pathLossFeature(148.5)).isCloseTo(0.6611111963196578, within(EPS));
        FeatureScaling paper = FeatureScaling.forParameters(NetworkParameters.paper());
        // (150 - 134.1763880962931) / 51.27704100463766 = 0.30859058154849
        assertThat(paper.gainFeature(150.0)).isCloseTo(0.30859058154849, within(EPS));
        // (120.3 - 134.1763880962931) / 51.27704100463766 = -0.27061600717245116
        assertThat(paper.pathLossFeature(120.3)).isCloseTo(-0.27061600717245116, within(EPS));
    }

    @Test
    void infiniteDecibelsAreClipped() {
        FeatureScaling s = FeatureScaling.forParameters(NetworkParameters.physical());
        assertThat(s.gainFeature(Double.NEGATIVE_INFINITY)).isEqualTo(-FeatureScaling.CLIP);
        assertThat(s.pathLossFeature(Double.POSITIVE_INFINITY)).isEqualTo(FeatureScaling.CLIP);
    }

    @Test
    void absentLinkIsTheWeakestLinkUnderEachConvention() {
        FeatureScaling physical = FeatureScaling.forParameters(NetworkParameters.physical());
        FeatureScaling paper = FeatureScaling.forParameters(NetworkParameters.paper());
        assertThat(physical.absentGainFeature()).isEqualTo(-1.0);
        assertThat(physical.absentPathLossFeature()).isEqualTo(1.0); // largest loss
        assertThat(paper.absentGainFeature()).isEqualTo(-1.0);
        assertThat(paper.absentPathLossFeature()).isEqualTo(-1.0); // gain = +PL: smallest PL is weakest
    }

    @Test
    void rejectsZeroHalfRange() {
        assertThatThrownBy(() -> new FeatureScaling(PathLossConvention.ATTENUATION, 100, 0, -100, 50))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("scaling.pathLossHalfRangeDb");
    }
}
