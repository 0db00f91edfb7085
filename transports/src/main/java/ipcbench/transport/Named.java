package ipcbench.transport;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The values of an axis that users name on the command line or as a JMH parameter (server model,
 * client model, daemon mode): one lookup for all of them, with one wording for a name not known.
 */
public final class Named {
    private Named() {
    }

    /** The constant of {@code type} that {@code nameOf} calls {@code name}; otherwise the message lists the known names. */
    public static <E extends Enum<E>> E of(Class<E> type, Function<E, String> nameOf, String name, String what) {
        for (E value : type.getEnumConstants()) {
            if (nameOf.apply(value).equals(name)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown " + what + " '" + name + "'; known: "
                + String.join(", ", names(type, nameOf)));
    }

    /** Every constant's name, in declaration order. */
    public static <E extends Enum<E>> List<String> names(Class<E> type, Function<E, String> nameOf) {
        return Arrays.stream(type.getEnumConstants()).map(nameOf).toList();
    }
}
