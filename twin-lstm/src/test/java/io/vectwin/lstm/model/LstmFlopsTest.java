package io.vectwin.lstm.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LstmFlopsTest {

    @Test
    void paperNetworkCostsAboutSixPointSevenMegaflopsPerPrediction() {
        // by hand, 15 inputs, 8 outputs, u = 128, W = 10:
        // layer 1: 2*4*128*(15+128) = 146 432; layers 2 and 3: 2*4*128*256 = 262 144 each
        // per step 670 720, times 10 = 6 707 200, plus output 2*128*8 = 2 048 -> 6 709 248
        assertThat(LstmFlops.perPrediction(LstmConfig.paper())).isEqualTo(6_709_248.0);
    }
}
