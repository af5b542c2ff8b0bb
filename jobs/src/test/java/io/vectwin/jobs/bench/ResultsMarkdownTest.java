package io.vectwin.jobs.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ResultsMarkdownTest {

    private static final String NEW = """
            ## Link evaluation (network-model)

            | benchmark | ops/s |
            |---|---:|
            | new | 2 |
            """;

    @Test
    void emptyDocumentGetsThePreambleAndTheSection() {
        String doc = ResultsMarkdown.replaceSection("", NEW);
        assertThat(doc).startsWith("# Benchmark results\n").endsWith("| new | 2 |\n");
        assertThat(doc).containsOnlyOnce("## Link evaluation (network-model)");
    }

    @Test
    void sectionIsReplacedInPlaceAndItsNeighboursSurvive() {
        String old = """
                # Benchmark results

                intro

                ## End-to-end latency

                p99 4 ms

                ## Link evaluation (network-model)

                | old | 1 |

                ### details of the old run
                old detail

                ## Circuit evaluation

                600 000/s
                """;
        String doc = ResultsMarkdown.replaceSection(old, NEW);
        assertThat(doc).isEqualTo("""
                # Benchmark results

                intro

                ## End-to-end latency

                p99 4 ms

                ## Link evaluation (network-model)

                | benchmark | ops/s |
                |---|---:|
                | new | 2 |

                ## Circuit evaluation

                600 000/s
                """);
    }

    @Test
    void sectionAtTheEndIsReplacedToTheEnd() {
        String old = "# R\n\n## Other\n\nx\n\n## Link evaluation (network-model)\n\n| old | 1 |\n";
        String doc = ResultsMarkdown.replaceSection(old, NEW);
        assertThat(doc).isEqualTo("# R\n\n## Other\n\nx\n\n" + NEW);
    }

    @Test
    void missingSectionIsAppendedAfterOneBlankLine() {
        String old = "# R\n\n## Other\n\nx\n\n\n";
        assertThat(ResultsMarkdown.replaceSection(old, NEW)).isEqualTo("# R\n\n## Other\n\nx\n\n" + NEW);
    }

    @Test
    void replacingTwiceGivesTheSameDocument() {
        String old = "# R\n\n## Link evaluation (network-model)\n\nold\n\n## Other\n\nx\n";
        String once = ResultsMarkdown.replaceSection(old, NEW);
        assertThat(ResultsMarkdown.replaceSection(once, NEW)).isEqualTo(once);
    }

    @Test
    void headingsInsideCodeFencesAreNotSectionBoundaries() {
        String old = """
                # R

                ## Other

                ```
                ## Link evaluation (network-model)
                ```

                ## Link evaluation (network-model)

                ```
                ## not a heading
                ```
                old

                ## Last
                """;
        String doc = ResultsMarkdown.replaceSection(old, NEW);
        assertThat(doc).contains("```\n## Link evaluation (network-model)\n```")
                .doesNotContain("old", "not a heading")
                .endsWith("| new | 2 |\n\n## Last\n");
    }

    @Test
    void sectionMustStartWithALevelTwoHeading() {
        assertThatThrownBy(() -> ResultsMarkdown.replaceSection("", "# Top\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'## '");
    }
}
