package io.vectwin.model.mobility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vectwin.model.geometry.Box;
import io.vectwin.model.geometry.Position;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RandomWaypointMobilityTest {

    private final Box vehicles = Box.centred(1250, 0, 20);
    private final RandomWaypointMobility vehicleModel = new RandomWaypointMobility(vehicles, 20, 20, Math.toRadians(10));

    @Test
    void oneStepFollowsEq8To10() {
        // 20 m/s for 0.02 s, heading 30 deg, slope 5 deg, from (100, -50, 3):
        // x = 100 + 20*0.02*cos(30 deg) = 100.346410 ; y = -50 + 0.4*sin(30 deg) = -49.8 ; z = 3 + 0.4*sin(5 deg) = 3.034862
        MotionState s = new MotionState(new Position(100, -50, 3), 20, 20, Math.toRadians(30), Math.toRadians(5),
                new Position(900, 400, 15));
        MotionState next = vehicleModel.step(s, 0.02, new SplittableRandom(1));
        assertThat(next.position().x()).isCloseTo(100.346410, within(1e-6));
        assertThat(next.position().y()).isCloseTo(-49.8, within(1e-9));
        assertThat(next.position().z()).isCloseTo(3.034862, within(1e-6));
    }

    @Test
    void entitiesStayInBoundsAndSlopeStaysWithinTenDegrees() {
        SplittableRandom rng = new SplittableRandom(3);
        RandomWaypointMobility uavModel = new RandomWaypointMobility(Box.centred(1500, 30, 75), 10, 50, Math.toRadians(10));
        MotionState v = vehicleModel.initial(rng);
        MotionState u = uavModel.initial(rng);
        for (int t = 0; t < 50_000; t++) {
            v = vehicleModel.step(v, 0.02, rng);
            u = uavModel.step(u, 0.02, rng);
            assertThat(vehicles.contains(v.position())).isTrue();
            assertThat(uavModel.bounds().contains(u.position())).isTrue();
            assertThat(Math.abs(v.slope())).isLessThanOrEqualTo(Math.toRadians(10) + 1e-12);
            assertThat(v.heading()).isBetween(0.0, 2 * Math.PI);
            assertThat(u.horizontalSpeed()).isBetween(10.0, 50.0);
        }
    }

    @Test
    void vehiclesReachTheirWaypointsAndKeepMoving() {
        SplittableRandom rng = new SplittableRandom(8);
        MotionState v = vehicleModel.initial(rng);
        Position first = v.waypoint();
        int waypointsReached = 0;
        for (int t = 0; t < 100_000; t++) {
            MotionState next = vehicleModel.step(v, 0.02, rng);
            if (!next.waypoint().equals(v.waypoint())) {
                waypointsReached++;
            }
            v = next;
        }
        // 100 000 slots x 0.4 m = 40 km of driving; a leg is ~1.3 km on average in a 2.5 km square
        assertThat(waypointsReached).isGreaterThan(10);
        assertThat(v.waypoint()).isNotEqualTo(first);
    }

    @Test
    void sameSeedSameTrajectory() {
        MotionState a = vehicleModel.initial(new SplittableRandom(5));
        MotionState b = vehicleModel.initial(new SplittableRandom(5));
        SplittableRandom ra = new SplittableRandom(6);
        SplittableRandom rb = new SplittableRandom(6);
        for (int t = 0; t < 1000; t++) {
            a = vehicleModel.step(a, 0.02, ra);
            b = vehicleModel.step(b, 0.02, rb);
        }
        assertThat(a).isEqualTo(b);
    }

    @Test
    void relativeSpeedOfHeadOnVehiclesIsTheSumOfSpeeds() {
        MotionState east = new MotionState(new Position(0, 0, 0), 20, 20, 0.0, 0.0, new Position(10, 0, 0));
        MotionState west = new MotionState(new Position(0, 0, 0), 20, 20, Math.PI, 0.0, new Position(-10, 0, 0));
        assertThat(east.relativeSpeedTo(west)).isCloseTo(40.0, within(1e-9));
        assertThat(east.relativeSpeedTo(MotionState.fixed(new Position(5, 5, 30)))).isCloseTo(20.0, within(1e-12));
    }
}
