package ipcbench.bench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TargetRecordTest {

    @Test
    void aDaemonIsDescribedByTheNameItGivesItselfWhenItsExecutableSaysSomethingElse() {
        TargetRecord redis = new TargetRecord("unix:/tmp/r/redis.sock", "resp", List.of(21740L),
                "/usr/bin/redis-check-rdb", List.of("redis-server 127.0.0.1:6379"), "redis 7.0.15", "ss -xlp");
        assertEquals("daemon pid [21740] \"redis-server 127.0.0.1:6379\" (/usr/bin/redis-check-rdb), says redis 7.0.15",
                redis.describe());

        TargetRecord plain = new TargetRecord("tcp:127.0.0.1:8080", "http1", List.of(7L), "/usr/sbin/app",
                List.of("/usr/sbin/app", "--port", "8080"), "unknown", "ss -ltnp");
        assertEquals("daemon pid [7] /usr/sbin/app", plain.describe());

        TargetRecord unseen = new TargetRecord("tcp:127.0.0.1:8080", "http1", List.of(), "unknown", List.of(),
                "nginx/1.22.1", "no process holds it that this user may see");
        assertEquals("daemon not identified, its CPU not measured (no process holds it that this user may see), says"
                + " nginx/1.22.1", unseen.describe());
    }
}
