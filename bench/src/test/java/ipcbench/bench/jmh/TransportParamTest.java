package ipcbench.bench.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ipcbench.transport.Transports;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.State;

/**
 * JMH takes {@code @Param} values only as compile-time constants, so the transport ids are listed
 * by hand; this keeps every such list equal to the registry, {@link Transports#ids()}.
 */
class TransportParamTest {

    @Test
    void everyTransportParamListsTheRegisteredTransportsInOrder() throws Exception {
        List<Field> fields = transportFields();
        assertTrue(fields.stream().anyMatch(f -> f.getDeclaringClass() == DaemonState.class), fields.toString());
        for (Field field : fields) {
            Param param = field.getAnnotation(Param.class);
            String where = field.getDeclaringClass().getName() + "." + field.getName();
            assertNotNull(param, where + " is not a @Param");
            List<String> declared = List.of(param.value());
            assertEquals(Transports.ids(), declared, () -> where + ": missing " + without(Transports.ids(), declared)
                    + ", extra " + without(declared, Transports.ids()) + " (or the order differs)");
        }
    }

    private static List<String> without(List<String> these, List<String> those) {
        return these.stream().filter(id -> !those.contains(id)).toList();
    }

    /** The fields named {@code transport} of this package's {@code @State} classes, nested ones too. */
    private static List<Field> transportFields() throws IOException, URISyntaxException, ClassNotFoundException {
        String pkg = DaemonState.class.getPackageName();
        // target/classes, not the test classes, which come first on the class path with the same package
        Path dir = Path.of(DaemonState.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(pkg.replace('.', '/'));
        List<Path> files;
        try (var listing = Files.list(dir)) {
            files = listing.filter(f -> f.toString().endsWith(".class")).sorted().toList();
        }
        List<Field> fields = new ArrayList<>();
        for (Path file : files) {
            String simpleName = file.getFileName().toString().replaceFirst("\\.class$", "");
            Class<?> type = Class.forName(pkg + "." + simpleName);
            if (type.isAnnotationPresent(State.class)) {
                Arrays.stream(type.getDeclaredFields()).filter(f -> f.getName().equals("transport")).forEach(fields::add);
            }
        }
        return fields;
    }
}
