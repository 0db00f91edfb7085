package ipcbench.report.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class GridTest {
    private static Grid table() {
        return new Grid(List.of(Grid.left("transport"), Grid.right("error"), Grid.right("unit")))
                .add(List.of("uds-jdk", "± 0.21", "µs/op"))
                .add(List.of("tcp-nio", "± 12.5", "µs/op"));
    }

    @Test
    void columnsLineUpInUtf8() {
        assertEquals("""
                transport   error   unit
                uds-jdk    ± 0.21  µs/op
                tcp-nio    ± 12.5  µs/op
                """, table().text(StandardCharsets.UTF_8));
    }

    @Test
    void columnsLineUpInAsciiWithTheSymbolsSpelledOut() {
        assertEquals("""
                transport    error   unit
                uds-jdk    +- 0.21  us/op
                tcp-nio    +- 12.5  us/op
                """, table().text(StandardCharsets.US_ASCII));
    }
}
