package io.vectwin.jobs.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MarkedSectionTest {

    private static final String DOC = """
            # Title
            prose before
            <!-- m:begin -->
            old figures
            <!-- m:end -->
            prose after
            """;

    @Test
    void replacesOnlyWhatIsBetweenTheMarkers() {
        assertThat(MarkedSection.replace(DOC, "m", "| new |\n")).isEqualTo("""
                # Title
                prose before
                <!-- m:begin -->
                | new |
                <!-- m:end -->
                prose after
                """);
    }

    @Test
    void rewritingTwiceGivesTheSameDocument() {
        String once = MarkedSection.replace(DOC, "m", "x");
        assertThat(MarkedSection.replace(once, "m", "x")).isEqualTo(once);
    }

    @Test
    void refusesMissingDuplicatedOrReversedMarkers() {
        assertThatThrownBy(() -> MarkedSection.replace("no markers", "m", "x"))
                .hasMessageContaining("<!-- m:begin -->");
        assertThatThrownBy(() -> MarkedSection.replace(DOC + DOC, "m", "x")).hasMessageContaining("more than once");
        assertThatThrownBy(() -> MarkedSection.replace("<!-- m:end --> <!-- m:begin -->", "m", "x"))
                .hasMessageContaining("comes before");
        assertThatThrownBy(() -> MarkedSection.check(DOC, "other")).isInstanceOf(IllegalArgumentException.class);
    }
}
