package io.vectwin.jobs.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FigureFilesTest {

    @Test
    void writesThePngAndTheCsvItWasDrawnFrom(@TempDir Path dir) throws IOException {
        List<Curve> curves = List.of(new Curve("A", new double[] {1, 2}, new double[] {0.5, 0.25}, new double[] {0.4, 0.2},
                new double[] {0.6, 0.3}), Curve.of("B, plain", new double[] {1, 2}, new double[] {1, 2}));
        Path png = FigureFiles.write(dir, "f", "title", "Episode", "Normalised reward", curves);
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(png), 4);
        assertThat(head).containsExactly(0x89, 'P', 'N', 'G');
        assertThat(Files.readAllLines(dir.resolve("f.csv"))).containsExactly(
                "curve,episode,normalised_reward,low,high",
                "A,1.00000,0.500000,0.400000,0.600000",
                "A,2.00000,0.250000,0.200000,0.300000",
                "\"B, plain\",1.00000,1.00000,,",
                "\"B, plain\",2.00000,2.00000,,");
    }

    @Test
    void yAtTakesTheNearestX() {
        Curve c = Curve.of("c", new double[] {100, 200, 300}, new double[] {1, 2, 3});
        assertThat(c.yAt(190)).isEqualTo(2);
        assertThat(c.yAt(1000)).isEqualTo(3);
    }
}
