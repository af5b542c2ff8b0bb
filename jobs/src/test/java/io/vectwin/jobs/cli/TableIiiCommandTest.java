package io.vectwin.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableIiiCommandTest {

    @Test
    void writesTheReportWithBothProfilesAndTheOkumuraColumnWithinFivePercent(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sub/TABLE_III.md");
        CliRun run = CliRun.of("table-iii", "--output", file.toString());
        assertThat(run.exitCode()).isZero();
        String md = Files.readString(file);
        assertThat(md).contains("## Profile `paper`", "## Profile `physical`", TableIiiCommand.COMMAND);
        // the three paper-profile Okumura rows: relative errors printed as +1.8 % / +1.9 %, all under 5 %
        assertThat(md.lines().filter(l -> l.startsWith("| v2b okumura")).limit(3))
                .allSatisfy(l -> assertThat(l).containsPattern("\\| \\+[0-4]\\.\\d %"));
    }

    @Test
    void dashPrintsInsteadOfWriting() {
        CliRun run = CliRun.of("table-iii", "--output", "-");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("# Table III, regenerated");
    }
}
