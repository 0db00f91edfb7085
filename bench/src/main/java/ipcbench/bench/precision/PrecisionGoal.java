package ipcbench.bench.precision;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * What a run asks of each result row: the relative half-width of the 95 % interval of its mean
 * ({@link HalfWidth}), and how long the run may take, first passes included, to get there.
 *
 * @param target the half-width to reach as a fraction of the mean, e.g. 0.05; 0 when off
 * @param budget how long the run's families may take together
 */
public record PrecisionGoal(double target, Duration budget) {
    public static final String OFF_LABEL = "off";
    public static final PrecisionGoal OFF = new PrecisionGoal(0, Duration.ZERO);

    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)%");

    public boolean isOff() {
        return target == 0;
    }

    /** Whether a row with this relative half-width meets the target (NaN, too few samples, does not). */
    public boolean metBy(double halfWidth) {
        return halfWidth <= target;
    }

    /** {@code 5%}, {@code 0.1%} or {@code off}, as the option takes it. */
    public String targetLabel() {
        return isOff() ? OFF_LABEL : new BigDecimal(target * 100).round(new MathContext(6))
                .stripTrailingZeros().toPlainString() + "%";
    }

    /** {@code 5%} to 0.05, {@code off} to 0; anything else, 0 % or 100 % and more, is refused. */
    public static double parseTarget(String text) {
        if (text.trim().equalsIgnoreCase(OFF_LABEL)) {
            return 0;
        }
        Matcher m = PERCENT.matcher(text.trim());
        double percent = m.matches() ? Double.parseDouble(m.group(1)) : Double.NaN;
        if (!(percent > 0 && percent < 100)) {
            throw new CommandLine.TypeConversionException("not a precision: '" + text + "' (e.g. 5%, 0.5%, off)");
        }
        return percent / 100;
    }

    /** picocli's converter for {@code --precision}. */
    public static final class TargetConverter implements CommandLine.ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            return parseTarget(value);
        }
    }
}
