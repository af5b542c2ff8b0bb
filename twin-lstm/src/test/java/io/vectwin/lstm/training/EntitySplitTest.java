package io.vectwin.lstm.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EntitySplitTest {

    private static List<String> fleet() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ids.add("v-" + i);
        }
        for (int i = 0; i < 5; i++) {
            ids.add("u-" + i);
        }
        ids.add("b-0");
        ids.add("b-1");
        return ids;
    }

    @Test
    void everyEntityOnExactlyOneSideStratifiedByKind() {
        EntitySplit split = EntitySplit.byEntity(fleet(), 0.2, 5L);
        Set<String> both = new HashSet<>(split.train());
        both.retainAll(split.validation());
        assertThat(both).isEmpty();
        assertThat(split.train().size() + split.validation().size()).isEqualTo(17);
        // 20 % of 10 vehicles = 2, of 5 UAVs = 1, of 2 BSs = max(1, 0.4 -> 0) = 1
        assertThat(split.validation().stream().filter(s -> s.startsWith("v-"))).hasSize(2);
        assertThat(split.validation().stream().filter(s -> s.startsWith("u-"))).hasSize(1);
        assertThat(split.validation().stream().filter(s -> s.startsWith("b-"))).hasSize(1);
    }

    @Test
    void sameSeedSameSplitAndASingleEntityStaysInTraining() {
        assertThat(EntitySplit.byEntity(fleet(), 0.2, 5L)).isEqualTo(EntitySplit.byEntity(fleet(), 0.2, 5L));
        EntitySplit lonely = EntitySplit.byEntity(List.of("v-0"), 0.5, 1L);
        assertThat(lonely.train()).containsExactly("v-0");
        assertThat(lonely.validation()).isEmpty();
    }
}
