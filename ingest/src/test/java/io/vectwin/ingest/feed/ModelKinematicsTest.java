package io.vectwin.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelKinematicsTest {

    /*
     * Expected values computed independently with numpy:
     *   import numpy as np
     *   for b in [0, 45, 90, 180, 225, 270, 359, 360, -90, 450]:
     *       print(b, np.mod(np.radians(90 - b), 2 * np.pi))
     */
    @ParameterizedTest(name = "bearing {0} deg -> theta {1}")
    @CsvSource({
        "0,    1.5707963267948966",
        "45,   0.7853981633974483",
        "90,   0.0",
        "180,  4.71238898038469",
        "225,  3.9269908169872414",
        "270,  3.141592653589793",
        "359,  1.5882496193148399",
        "360,  1.5707963267948966",
        "-90,  3.141592653589793",
        "450,  0.0",
    })
    void navigationalBearingBecomesCounterClockwiseFromEast(double bearing, double theta) {
        double h = ModelKinematics.headingFromBearingDegrees(bearing);
        assertThat(h).isCloseTo(theta, within(1e-12)).isGreaterThanOrEqualTo(0.0).isLessThan(2 * Math.PI);
    }

    @ParameterizedTest(name = "displacement ({0}, {1}) -> theta {2}")
    @CsvSource({
        "1, 0, 0.0",
        "0, 1, 1.5707963267948966",
        "-1, 0, 3.141592653589793",
        "0, -1, 4.71238898038469",
        "-1, -1, 3.9269908169872414",
    })
    void headingOfADisplacement(double east, double north, double theta) {
        assertThat(ModelKinematics.headingOf(east, north)).isCloseTo(theta, within(1e-12));
    }

    @ParameterizedTest
    @CsvSource({"-1e-18", "6.283185307179586", "-6.283185307179586", "12.566370614359172"})
    void normalisedHeadingStaysInsideZeroToTwoPi(double radians) {
        assertThat(ModelKinematics.normaliseHeading(radians)).isGreaterThanOrEqualTo(0.0).isLessThan(2 * Math.PI);
    }

    @ParameterizedTest
    @CsvSource({"0, 10, 10", "5, 10, 10.038198375433474", "-30, 10, 11.547005383792516"})
    void pathSpeedMakesTheModelsClimbRateTheTrueOne(double slopeDegrees, double horizontal, double path) {
        double slope = ModelKinematics.slopeFromDegrees(slopeDegrees);
        double v = ModelKinematics.pathSpeed(horizontal, slope);
        assertThat(v).isCloseTo(path, within(1e-9));
        // climb rate of the model (V_z sin phi) equals the geometric one (V tan phi)
        assertThat(v * Math.sin(slope)).isCloseTo(horizontal * Math.tan(slope), within(1e-9));
    }
}
