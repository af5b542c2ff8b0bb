package io.vectwin.model.constraint;

import static io.vectwin.model.constraint.DecisionFixture.assign;
import static io.vectwin.model.constraint.DecisionFixture.subtask;
import static io.vectwin.model.constraint.DecisionFixture.withCosts;
import static io.vectwin.model.constraint.DecisionFixture.withRoute;
import static io.vectwin.model.constraint.DecisionFixture.withSubtask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vectwin.model.geometry.EntityId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConstraintCheckerTest {

    private static final DecisionFixture BASE = DecisionFixture.base();

    private static Set<ConstraintId> violated(List<ConstraintCheck> checks) {
        return checks.stream().filter(ConstraintCheck::violated).map(ConstraintCheck::id)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ConstraintId.class)));
    }

    private static ConstraintCheck check(List<ConstraintCheck> checks, ConstraintId id) {
        return checks.get(id.ordinal());
    }

    @Test
    void theBaseDecisionSatisfiesAllTwenty() {
        List<ConstraintCheck> checks = BASE.check();
        assertThat(checks).extracting(ConstraintCheck::id).containsExactly(ConstraintId.values());
        assertThat(checks).allSatisfy(c -> {
            assertThat(c.violated()).as(c.toString()).isFalse();
            assertThat(c.excess()).isZero();
            assertThat(c.detail()).isEqualTo("satisfied");
        });
        assertThat(ConstraintChecker.allSatisfied(checks)).isTrue();
    }

    /**
     * Each case breaks one constraint. Two pairs cannot be separated, by the paper's own algebra:
     * C14/C15 bound a sum of latencies of which C5/C6 bound one term, so a subtask over ϱ also
     * puts its node over ϱ.
     */
    static Stream<Arguments> oneViolationEach() {
        return Stream.of(
                broken("C1: a vehicle with subtasks got none assigned", b -> b.vehicle(EntityId.vehicle(3)),
                        ConstraintId.C1),
                broken("C2: v-2's subtask sent twice", b -> b.add(b.assignment(3)), ConstraintId.C2),
                // ξ lowered to 1e-9 so that 3.2e8 cycles (0.32 J) break the cycle capacity but not the energy budget
                broken("C3: 8e4 bit × 4000 cycle/bit = 3.2e8 cycles at b-0 > 2.7e8",
                        b -> b.energyPerCycle(1e-9).replace(0, withSubtask(b.assignment(0), subtask(0, 4000, 8e4))),
                        ConstraintId.C3),
                broken("C4: 3.2e8 + 3.3e6 cycles at u-2 > 2.7e8",
                        b -> b.energyPerCycle(1e-9).replace(3, withSubtask(b.assignment(3), subtask(0, 4000, 8e4))),
                        ConstraintId.C4),
                broken("C5: 12 ms through b-0 (and so b-0's sum, C14)",
                        b -> b.replace(1, withCosts(b.assignment(1), 12e-3, 0.01, 200)), ConstraintId.C5, ConstraintId.C14),
                broken("C6: 12 ms through u-2 (and so u-2's sum, C15)",
                        b -> b.replace(3, withCosts(b.assignment(3), 12e-3, 0.01, 200)), ConstraintId.C6, ConstraintId.C15),
                broken("C7: u-0 at 0.5 GHz < f_min", b -> b.node(new NodeStatus(EntityId.uav(0), 0.5e9, 0.5)),
                        ConstraintId.C7),
                broken("C7: b-1 at 12 GHz > f_max", b -> b.node(new NodeStatus(EntityId.baseStation(1), 12e9, 0.05)),
                        ConstraintId.C7),
                broken("C8: the u-1>u-2 hop at 5 Mbps < 10 Mbps",
                        b -> b.replace(2, withRoute(b.assignment(2), "u-1>u-2", new double[] {40e6, 5e6})), ConstraintId.C8),
                broken("C9: v-0 spends 0.3 + 0.3 J > 0.5 J",
                        b -> b.replace(0, withCosts(b.assignment(0), 3e-3, 0.3, 200))
                                .replace(1, withCosts(b.assignment(1), 3e-3, 0.3, 200)), ConstraintId.C9),
                broken("C10: QoS 50 < 60", b -> b.replace(2, withCosts(b.assignment(2), 3e-3, 0.01, 50)), ConstraintId.C10),
                broken("C11: three forwarding hops > 2",
                        b -> b.replace(2, withRoute(b.assignment(2), "u-1>u-2>b-1>u-0", new double[] {40e6, 60e6, 60e6, 60e6})),
                        ConstraintId.C11),
                broken("C12: v-0 moved from b-1 to b-0", b -> b.previous("v-0", EntityId.baseStation(1)), ConstraintId.C12),
                broken("C13: v-1 moved from u-0 to u-1", b -> b.previous("v-1", EntityId.uav(0)), ConstraintId.C13),
                broken("C14: 6 + 6 ms through b-0 > 10 ms",
                        b -> b.replace(0, withCosts(b.assignment(0), 6e-3, 0.01, 200))
                                .replace(1, withCosts(b.assignment(1), 6e-3, 0.01, 200)), ConstraintId.C14),
                broken("C15: 3 + 8 ms through u-2 > 10 ms",
                        b -> b.add(assign(2, "t2", subtask(1), "u-2", new double[] {30e6}, 8e-3)), ConstraintId.C15),
                broken("C16: b-0 at 0.2 W > 0.1 W", b -> b.node(new NodeStatus(EntityId.baseStation(0), 5e9, 0.2)),
                        ConstraintId.C16),
                broken("C17: u-0 at 2 W > 1 W", b -> b.node(new NodeStatus(EntityId.uav(0), 5e9, 2.0)), ConstraintId.C17),
                broken("C18: 8e4 × 500 = 4e7 cycles at b-0 = 40 J > 33.2 J (cycles within 2.7e8)",
                        b -> b.replace(0, withSubtask(b.assignment(0), subtask(0, 500, 8e4))), ConstraintId.C18),
                broken("C19: 4e7 + 3.3e6 cycles at u-2 = 43.3 J > 33.2 J",
                        b -> b.replace(3, withSubtask(b.assignment(3), subtask(0, 500, 8e4))), ConstraintId.C19),
                broken("C20: 1e7 bit > D_max = 8e6 bit (at 0.1 cycle/bit, so only 1e6 cycles)",
                        b -> b.replace(3, withSubtask(b.assignment(3), subtask(0, 0.1, 1e7))), ConstraintId.C20));
    }

    private static Arguments broken(String name, UnaryOperator<DecisionFixture> mutation, ConstraintId... expected) {
        return Arguments.of(name, mutation, EnumSet.of(expected[0], expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneViolationEach")
    void engineeredViolationIsTheOnlyOne(String name, UnaryOperator<DecisionFixture> mutation, Set<ConstraintId> expected) {
        List<ConstraintCheck> checks = mutation.apply(BASE).check();
        assertThat(violated(checks)).as(name).isEqualTo(expected);
        for (ConstraintId id : expected) {
            ConstraintCheck c = check(checks, id);
            assertThat(c.excess()).isPositive().isFinite();
            assertThat(c.detail()).isNotBlank().isNotEqualTo("satisfied");
        }
        assertThat(ConstraintChecker.allSatisfied(checks)).isFalse();
    }

    @Test
    void everyConstraintHasACase() {
        Set<Object> covered = oneViolationEach().map(a -> a.get()[2]).flatMap(s -> ((Set<?>) s).stream())
                .collect(Collectors.toSet());
        assertThat(covered).containsExactlyInAnyOrder((Object[]) ConstraintId.values());
    }

    @Test
    void capacityExcessAndDetailNameTheNode() {
        List<ConstraintCheck> checks = BASE.energyPerCycle(1e-9)
                .replace(0, withSubtask(BASE.assignment(0), subtask(0, 4000, 8e4))).check();
        // 3.2e8 − 2.7e8 = 5e7 cycles
        ConstraintCheck c3 = check(checks, ConstraintId.C3);
        assertThat(c3.excess()).isCloseTo(5e7, within(1e-6));
        assertThat(c3.detail()).isEqualTo("b-0: 3.200e8 cycles > 2.700e8");
    }

    @Test
    void withTableIIACapacityViolationAlsoBreaksTheEnergyBudget() {
        // ξ·𝒞 = 1e-6 · 2.7e8 = 270 J > E_max = 33.2 J: any load over 𝒞 is over E_max too.
        // 3.2e8 cycles → 320 J, excess 320 − 33.2 = 286.8 J
        List<ConstraintCheck> checks = BASE.replace(0, withSubtask(BASE.assignment(0), subtask(0, 4000, 8e4))).check();
        assertThat(violated(checks)).containsExactlyInAnyOrder(ConstraintId.C3, ConstraintId.C18);
        assertThat(check(checks, ConstraintId.C18).excess()).isCloseTo(286.8, within(1e-9));
    }

    @Test
    void duplicatesAreCountedAndNamed() {
        List<ConstraintCheck> checks = BASE.add(BASE.assignment(3)).add(BASE.assignment(3)).check();
        ConstraintCheck c2 = check(checks, ConstraintId.C2);
        assertThat(c2.excess()).isEqualTo(2.0);
        assertThat(c2.detail()).startsWith("v-2 t2#0: assigned 3 times");
    }

    @Test
    void missingVehiclesAreCounted() {
        List<ConstraintCheck> checks = BASE.vehicle(EntityId.vehicle(3)).vehicle(EntityId.vehicle(9)).check();
        ConstraintCheck c1 = check(checks, ConstraintId.C1);
        assertThat(c1.excess()).isEqualTo(2.0);
        assertThat(c1.detail()).contains("v-3").contains("2 offenders");
    }

    /*
     * 𝒫 = 1/(1 + e^{−k(|ΔΓ| − ΔS)}), k = 10, ΔS = 0.5. python3:
     *   sig = lambda d: 1/(1+np.exp(-10*(d-0.5)))
     *   sig(1) = 0.9933071490757153, sig(2/3) = 0.8411308951190848, sig(1/3) = 0.15886910488091513
     */
    @Test
    void decisionVariabilityNumbers() {
        // v-0 was on b-1, now all on b-0: |ΔΓ| = 1 at both → excess 2·(0.99330714907 − 0.5)
        ConstraintCheck moved = check(BASE.previous("v-0", EntityId.baseStation(1)).check(), ConstraintId.C12);
        assertThat(moved.excess()).isCloseTo(2 * (0.9933071490757153 - 0.5), within(1e-12));
        assertThat(moved.detail()).contains("v-0->b-").contains("0.9933 > 0.5000");

        // v-0 keeps 2 of 3 subtasks on b-0 and sends one to u-0: |ΔΓ| = 1/3 at both nodes, 𝒫 = 0.159 ≤ 0.5
        DecisionFixture twoThirdsStay = BASE.add(assign(0, "t0", subtask(2), "u-0", new double[] {50e6}, 3e-3));
        assertThat(violated(twoThirdsStay.check())).isEmpty();

        // only 1 of 3 stays: |ΔΓ| = 2/3 at b-0 (C12) and at u-0 (C13): excess 0.8411308951 − 0.5 each
        DecisionFixture oneThirdStays = BASE
                .replace(1, withRoute(BASE.assignment(1), "u-0", new double[] {50e6}))
                .add(assign(0, "t0", subtask(2), "u-0", new double[] {50e6}, 3e-3));
        List<ConstraintCheck> checks = oneThirdStays.check();
        assertThat(violated(checks)).containsExactlyInAnyOrder(ConstraintId.C12, ConstraintId.C13);
        assertThat(check(checks, ConstraintId.C12).excess()).isCloseTo(0.3411308951190848, within(1e-12));
        assertThat(check(checks, ConstraintId.C13).excess()).isCloseTo(0.3411308951190848, within(1e-12));
    }

    @Test
    void vehiclesWithoutAPreviousDecisionAreNotChecked() {
        DecisionFixture firstSlot = new DecisionFixture(BASE.params(), BASE.assignments(), BASE.nodes(), BASE.vehicles(),
                java.util.Map.of());
        assertThat(violated(firstSlot.check())).isEmpty();
    }

    @Test
    void aClosedLinkGivesInfiniteExcessButNeverNaN() {
        AssignedSubtask closed = new AssignedSubtask(EntityId.vehicle(2), "t2", subtask(0),
                BASE.assignment(3).path(), 0.2, new double[] {0.0}, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY);
        List<ConstraintCheck> checks = BASE.replace(3, closed).check();
        assertThat(violated(checks)).containsExactlyInAnyOrder(ConstraintId.C6, ConstraintId.C8, ConstraintId.C9,
                ConstraintId.C10, ConstraintId.C15);
        assertThat(check(checks, ConstraintId.C6).excess()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(check(checks, ConstraintId.C8).excess()).isEqualTo(10e6); // R̂ − 0
        assertThat(check(checks, ConstraintId.C9).excess()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(check(checks, ConstraintId.C10).excess()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(checks).allSatisfy(c -> assertThat(c.excess()).isNotNaN());
    }

    @Test
    void excessSumsOverOffendersAndDetailShowsTheWorst() {
        // u-0 at 0.5 GHz (0.5e9 below f_min) and b-1 at 12 GHz (2e9 above f_max): excess 2.5e9, worst b-1
        List<ConstraintCheck> checks = BASE.node(new NodeStatus(EntityId.uav(0), 0.5e9, 0.5))
                .node(new NodeStatus(EntityId.baseStation(1), 12e9, 0.05)).check();
        ConstraintCheck c7 = check(checks, ConstraintId.C7);
        assertThat(c7.excess()).isCloseTo(2.5e9, within(1.0));
        assertThat(c7.detail()).isEqualTo("b-1: 1.200e10 Hz > 1.000e10 (worst of 2 offenders)");
    }
}
