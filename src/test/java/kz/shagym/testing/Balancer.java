package kz.shagym.testing;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * HAProxy in front of two test servers, run from the configuration the README documents
 * ({@code docs/cluster/haproxy.cfg}) with the tests' addresses.
 */
public final class Balancer implements AutoCloseable {

    /** The header the balancer adds to every answer: which server ("a" or "b") gave it. */
    public static final String SERVER_HEADER = "X-Shagym-Server";
    /** The cookie that keeps a browser with one server while it is up. */
    public static final String SERVER_COOKIE = "SHAGYM_SERVER";

    private final Process process;
    private final String url;

    private Balancer(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    public static Optional<Path> executable() {
        Stream<Path> onPath = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isBlank()).map(dir -> Path.of(dir, "haproxy"));
        return Stream.concat(onPath, Stream.of(Path.of("/usr/sbin/haproxy"))).filter(Files::isExecutable).findFirst();
    }

    /** Listens on {@code port} and shares requests between the servers on {@code portA} and {@code portB}. */
    public static Balancer start(int port, int portA, int portB) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(executable().orElseThrow().toString(), "-db", "-f",
                Path.of("docs/cluster/haproxy.cfg").toAbsolutePath().toString()).inheritIO();
        builder.environment().put("SHAGYM_BALANCER", "127.0.0.1:" + port);
        builder.environment().put("SHAGYM_SERVER_A", "127.0.0.1:" + portA);
        builder.environment().put("SHAGYM_SERVER_B", "127.0.0.1:" + portB);
        Balancer balancer = new Balancer(builder.start(), "http://127.0.0.1:" + port);
        balancer.awaitListening();
        return balancer;
    }

    public String url() {
        return url;
    }

    private void awaitListening() throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new IllegalStateException("HAProxy exited with " + process.exitValue());
            }
            try {
                client.send(HttpRequest.newBuilder(URI.create(url + "/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                return; // any answer, even 503 with no server up yet
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("HAProxy did not listen on " + url);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
