package ipcbench.bench.precision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class PrecisionGoalTest {

    @Test
    void aTargetIsAPercentageOrOff() {
        assertEquals(0.05, PrecisionGoal.parseTarget("5%"), 1e-12);
        assertEquals(0.001, PrecisionGoal.parseTarget("0.1%"), 1e-12);
        assertEquals(0, PrecisionGoal.parseTarget("off"));
        assertEquals("5%", new PrecisionGoal(PrecisionGoal.parseTarget("5%"), Duration.ZERO).targetLabel());
        assertEquals("0.1%", new PrecisionGoal(0.001, Duration.ZERO).targetLabel());
        assertEquals("off", PrecisionGoal.OFF.targetLabel());
    }

    @ParameterizedTest
    @ValueSource(strings = {"5", "0%", "100%", "five%", "-5%", ""})
    void anythingElseIsRefusedWithExamples(String text) {
        CommandLine.TypeConversionException e = assertThrows(CommandLine.TypeConversionException.class,
                () -> PrecisionGoal.parseTarget(text));
        assertEquals("not a precision: '" + text + "' (e.g. 5%, 0.5%, off)", e.getMessage());
    }

    @Test
    void aRowMeetsTheTargetWithinItAndNotWithoutAnInterval() {
        PrecisionGoal goal = new PrecisionGoal(0.05, Duration.ofMinutes(1));
        assertTrue(goal.metBy(0.05));
        assertFalse(goal.metBy(0.0501));
        assertFalse(goal.metBy(Double.NaN));
    }
}
