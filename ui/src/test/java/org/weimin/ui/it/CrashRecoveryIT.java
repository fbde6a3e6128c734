package org.weimin.ui.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.weimin.ui.benchmark.PostgresDeployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The platform as its own process, killed with SIGKILL while signed deliveries arrive at about 40 a second,
 * then started again: every delivery that was answered 2xx is stored, each unanswered one is stored once its
 * sender retries it, and nothing is stored twice. On the embedded H2 default and on PostgreSQL.
 */
class CrashRecoveryIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path TARGET = Path.of(System.getProperty("weimin.war")).getParent();
    private static final int SENDERS = 2;
    private static final Duration BETWEEN_DELIVERIES = Duration.ofMillis(50);
    /** The kill comes once this many deliveries were acknowledged (at most after half a minute), however busy the machine is. */
    private static final int ACKNOWLEDGED_BEFORE_THE_KILL = 60;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void onTheEmbeddedDefaultEveryAcknowledgedDeliverySurvivesAKill() throws Exception {
        survivesAKill("h2", List.of());
    }

    @Test
    void onPostgreSqlEveryAcknowledgedDeliverySurvivesAKill() throws Exception {
        int port = freePort();
        try (EmbeddedPostgres postgres = PostgresDeployment.startWithProductionRoles(port)) {
            survivesAKill("postgresql", List.of("-Dweimin.db.datasource-class=org.postgresql.ds.PGSimpleDataSource",
                    "-Dweimin.db.url=jdbc:postgresql://localhost:" + port + "/weimin", "-Dweimin.db.user=weimin_app",
                    "-Dweimin.db.password=app-secret", "-Dweimin.db.migration.user=weimin_owner",
                    "-Dweimin.db.migration.password=owner-secret"));
        }
    }

    private void survivesAKill(String name, List<String> database) throws Exception {
        Path data = TARGET.resolve("crash-" + name);
        PlatformDeployment.delete(data);
        Files.createDirectories(data.resolve("tmp"));
        int port = freePort();
        String run = "R" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();

        Process platform = start(data, port, database, "first");
        Map<String, Integer> answers = new ConcurrentHashMap<>();
        List<String> keys = new ArrayList<>();
        AtomicInteger sent = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        java.util.concurrent.atomic.AtomicLong stopAt = new java.util.concurrent.atomic.AtomicLong(Long.MAX_VALUE);
        for (int s = 0; s < SENDERS; s++) {
            senders.submit(() -> {
                while (System.nanoTime() < stopAt.get()) {
                    String key = run + "-" + sent.incrementAndGet();
                    synchronized (keys) {
                        keys.add(key);
                    }
                    answers.put(key, deliver(port, key));
                    sleep(BETWEEN_DELIVERIES);
                }
                return null;
            });
        }
        long latest = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (answers.values().stream().filter(status -> status / 100 == 2).count() < ACKNOWLEDGED_BEFORE_THE_KILL
                && System.nanoTime() < latest) {
            Thread.sleep(50);
        }
        platform.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        // The senders go on a little, so that some deliveries meet the dead platform and are retried after the restart.
        stopAt.set(System.nanoTime() + Duration.ofSeconds(2).toNanos());
        senders.shutdown();
        assertThat(senders.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        List<String> acknowledged = keys.stream().filter(k -> answers.get(k) / 100 == 2).toList();
        List<String> unanswered = keys.stream().filter(k -> answers.get(k) / 100 != 2).toList();
        assertThat(acknowledged).as("deliveries answered before the kill").hasSizeGreaterThan(50);
        assertThat(unanswered).as("deliveries cut off by the kill").isNotEmpty();
        assertThat(answers.values()).as("no delivery was refused for its content").allMatch(s -> s / 100 == 2 || s < 0);

        Process again = start(data, port, database, "again");
        try {
            for (String key : unanswered) {
                assertThat(deliver(port, key)).as("the retry of " + key).isBetween(200, 299);
            }
            Map<String, Integer> stored = storedPerKey(port, run);
            for (String key : acknowledged) {
                assertThat(stored.getOrDefault(key, 0)).as("acknowledged " + key + " is stored once").isEqualTo(1);
            }
            for (String key : unanswered) {
                assertThat(stored.getOrDefault(key, 0)).as("retried " + key + " is stored once").isEqualTo(1);
            }
            assertThat(stored.keySet()).as("nothing else").isEqualTo(Set.copyOf(keys));
        } finally {
            again.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private Process start(Path data, int port, List<String> database, String label) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx640m", "-Djava.io.tmpdir=" + data.resolve("tmp"), "-Dweimin.data-dir=" + data,
                "-Dweimin.tenants-dir=" + System.getProperty("weimin.test-tenants-dir"),
                "-Dweimin.plugins.builtin-dir=" + System.getProperty("weimin.test-builtin-plugins")));
        command.addAll(database);
        command.addAll(List.of("-jar", System.getenv("MICRO_JAR"), "--nocluster",
                "--prebootcommandfile", System.getProperty("weimin.preboot-commands"), "--port", String.valueOf(port),
                "--contextroot", "/", "--deploy", System.getProperty("weimin.war")));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(data.resolve("payara-" + label + ".log").toFile()).start();
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the platform stopped while starting; see " + data.resolve("payara-" + label + ".log"));
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return process;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        process.destroyForcibly();
        throw new AssertionError("the platform was not ready within 4 minutes");
    }

    /** The status of a signed property-app delivery, or -1 when no answer came. */
    private int deliver(int port, String key) {
        String body = "{\"text\":\"断电测试 " + key + " 号楼水管漏水\",\"location\":\"3-1\"}";
        long timestamp = System.currentTimeMillis() / 1000;
        String signature = Deliveries.hmac("HmacSHA256", Deliveries.HUANGLONG_PROPERTY_SECRET,
                (timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/t/huanglong/intake/intake.property-app"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .header("X-Timestamp", String.valueOf(timestamp)).header("X-Signature", signature)
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** How many needs the library holds for each delivery key of this run, read through the staff inbox. */
    private Map<String, Integer> storedPerKey(int port, String run) throws Exception {
        String token = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"community\":\"huanglong\",\"username\":\"zhou.gw\",\"password\":\"demo1234\"}"))
                .build(), HttpResponse.BodyHandlers.ofString()).body()).get("token").asText();
        Map<String, Integer> stored = new HashMap<>();
        for (int offset = 0; ; offset += 200) {
            JsonNode page = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/api/v1/t/huanglong/demands?limit=200&offset=" + offset + "&q=" + run))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).body());
            for (JsonNode need : page.get("items")) {
                String text = need.get("text").asText();
                String key = text.substring(text.indexOf(run), text.indexOf(' ', text.indexOf(run)));
                stored.merge(key, 1, Integer::sum);
            }
            if (offset + 200 >= page.get("total").asInt()) {
                return stored;
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
