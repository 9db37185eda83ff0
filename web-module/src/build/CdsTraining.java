import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Makes the bundle's class-data sharing archive (web-module/pom.xml, README "Run it"): starts the
 * bundle with {@code -XX:ArchiveClassesAtExit}, asks it once for what a first visitor, a feed reader
 * and a monitoring client read, and stops it. The JVM writes every class it loaded into the archive
 * as it exits, so the classes that render the first page are in it too; a start that only deployed
 * ({@code --warmup}) left those to be read from the jars while the first visitor waited.
 *
 * <p>Run by the build as a single-file program: {@code java CdsTraining.java <bundle.jar> <archive.jsa>},
 * in the working directory the start should use, with {@code SDB_DATABASE_URI} naming a database of
 * its own (the build's: an H2 file under target/). It fails when the bundle does not start or the
 * archive is not written; a page that answers an error is reported and the archive kept.
 */
public class CdsTraining {

    /**
     * What is asked once the first page answers: the visitor's pages, a region's feeds and badge (EU-DE,
     * of the demo catalog the build's empty database gets), the APIs' reads, an error page.
     */
    private static final List<String> FIRST_REQUESTS = List.of("/", "/availability", "/history", "/rss/?mt=EU-DE",
            "/atom/EU-DE", "/calendar/EU-DE.ics", "/badge/EU-DE.svg", "/login", "/api/v1/component_status",
            "/api/v2/summary.json", "/v2/components", "/v2/events", "/v2/availability", "/health/ready",
            "/no-such-page");
    /** A start takes 20–40 s on two cores; far more on a build machine busy with other builds. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration STOP_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(2);

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: java CdsTraining.java <bundle.jar> <archive.jsa>");
        }
        Path bundle = Path.of(args[0]).toAbsolutePath();
        Path archive = Path.of(args[1]).toAbsolutePath();
        Files.deleteIfExists(archive);
        int port = freePort();
        // The JVM that runs this program makes the archive: the JDK that later starts the bundle
        // with it must be the same, as it is when both are the java on the PATH.
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process bundleProcess = new ProcessBuilder(java, "-XX:ArchiveClassesAtExit=" + archive,
                // Otherwise one line per class it cannot keep (lambdas' hidden classes, unlinked ones).
                "-Xlog:cds=off", "-Xlog:cds+dynamic=error",
                "-jar", bundle.toString(), "--port", String.valueOf(port),
                // A grid of its own: the training joins no dashboard running on this network.
                "--clustername", "sdb-cds-training")
                .inheritIO()
                .start();
        try {
            URI base = URI.create("http://127.0.0.1:" + port);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            awaitFirstPage(bundleProcess, http, base);
            for (String path : FIRST_REQUESTS) {
                try {
                    System.out.println("CDS training: " + path + " answered " + status(http, base.resolve(path)));
                } catch (IOException e) {
                    // Like a page that answers an error: reported, and the archive keeps what was loaded.
                    System.out.println("CDS training: " + path + " did not answer: " + e);
                }
            }
        } finally {
            // SIGTERM: the JVM runs its shutdown and writes the archive on the way out.
            bundleProcess.destroy();
            if (!bundleProcess.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                bundleProcess.destroyForcibly();
                throw new IllegalStateException("the bundle did not stop within " + STOP_TIMEOUT);
            }
        }
        if (!Files.isRegularFile(archive) || Files.size(archive) == 0) {
            throw new IllegalStateException("the JVM wrote no archive at " + archive);
        }
        System.out.println("CDS training: archive " + archive + ", " + Files.size(archive) / (1024 * 1024) + " MB");
    }

    private static void awaitFirstPage(Process bundleProcess, HttpClient http, URI base) throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!bundleProcess.isAlive()) {
                throw new IllegalStateException("the bundle exited with " + bundleProcess.exitValue() + " before its first page");
            }
            try {
                if (status(http, base.resolve("/")) == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the bundle served no first page within " + START_TIMEOUT);
    }

    /** A request that hangs is given up, not waited for: the build must end either way. */
    private static int status(HttpClient http, URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
