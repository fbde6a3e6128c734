package org.weimin.ui.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Intake throughput and latency on PostgreSQL, measured in one run against the raw JDBC insert rate of
 * the same rows into the same database, and the staff inbox's first page with 100,000 needs in one
 * community. Prints its numbers; run with {@code ./mvnw -Pbenchmark verify}.
 */
@ExtendWith(ArquillianExtension.class)
class IntakeBenchmark {

    private static final String SECRET = "huanglong-demo-property-secret";
    private static final int DELIVERIES = 2000;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @ArquillianResource
    URL base;

    @Test
    void intakeThroughputLatencyAndInbox() throws Exception {
        String url = "jdbc:postgresql://localhost:" + PostgresDeployment.postgres.getPort() + "/weimin";
        warmUp();

        long jdbcStart = System.nanoTime();
        try (Connection app = DriverManager.getConnection(url, "weimin_app", "app-secret")) {
            app.setAutoCommit(false);
            try (Statement set = app.createStatement()) {
                set.execute("select set_config('app.tenant', 'huanglong', true)");
            }
            try (PreparedStatement insert = app.prepareStatement(INSERT)) {
                for (int i = 0; i < DELIVERIES; i++) {
                    bind(insert, "jdbc-" + i);
                    insert.executeUpdate();
                    app.commit();
                    try (Statement set = app.createStatement()) {
                        set.execute("select set_config('app.tenant', 'huanglong', true)");
                    }
                }
            }
        }
        double jdbcRate = DELIVERIES / seconds(jdbcStart);

        ExecutorService clients = Executors.newFixedThreadPool(8);
        long floorStart = System.nanoTime();
        List<CompletableFuture<Integer>> probes = new ArrayList<>();
        for (int i = 0; i < DELIVERIES; i++) {
            probes.add(CompletableFuture.supplyAsync(this::liveness, clients));
        }
        for (CompletableFuture<Integer> status : probes) {
            assertThat(status.get()).isEqualTo(200);
        }
        double floorRate = DELIVERIES / seconds(floorStart);

        long httpStart = System.nanoTime();
        List<CompletableFuture<Integer>> sent = new ArrayList<>();
        for (int i = 0; i < DELIVERIES; i++) {
            String key = "bench-" + i;
            sent.add(CompletableFuture.supplyAsync(() -> deliver(key), clients));
        }
        for (CompletableFuture<Integer> status : sent) {
            assertThat(status.get()).isEqualTo(200);
        }
        double httpRate = DELIVERIES / seconds(httpStart);

        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        var scheduler = Executors.newScheduledThreadPool(16);
        int rate = 200;
        int seconds = 10;
        List<CompletableFuture<Void>> paced = new ArrayList<>();
        for (int i = 0; i < rate * seconds; i++) {
            String key = "paced-" + i;
            CompletableFuture<Void> done = new CompletableFuture<>();
            scheduler.schedule(() -> {
                long start = System.nanoTime();
                deliver(key);
                latencies.add(System.nanoTime() - start);
                done.complete(null);
            }, i * 1_000_000L / rate, TimeUnit.MICROSECONDS);
            paced.add(done);
        }
        CompletableFuture.allOf(paced.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        scheduler.shutdown();
        clients.shutdown();
        Collections.sort(latencies);
        double p50 = latencies.get(latencies.size() / 2) / 1e6;
        double p99 = latencies.get((int) (latencies.size() * 0.99)) / 1e6;

        fillTo100k(url);
        String token = signIn();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            long start = System.nanoTime();
            HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(base + "api/v1/t/huanglong/demands?limit=50"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            best = Math.min(best, System.nanoTime() - start);
        }

        System.out.printf("%nBENCHMARK (PostgreSQL, one run)%n");
        System.out.printf("raw JDBC insert, one row per transaction: %.0f rows/s%n", jdbcRate);
        System.out.printf("intake through the full HTTP path (signed property-app webhook, 8 clients): %.0f deliveries/s%n", httpRate);
        System.out.printf("the container alone (Payara answering /health/live, 8 clients): %.0f requests/s%n", floorRate);
        System.out.printf("ratio HTTP / JDBC: %.2f (target >= 0.5)%n", httpRate / jdbcRate);
        System.out.printf("latency at %d deliveries/s for %d s: p50 %.1f ms, p99 %.1f ms (target p99 <= 50 ms)%n", rate, seconds, p50, p99);
        System.out.printf("inbox first page with 100,000 needs in the community: %.1f ms (best of 10, over loopback; target <= 100 ms)%n%n", best / 1e6);
    }

    private void warmUp() {
        for (int i = 0; i < 200; i++) {
            deliver("warm-" + i);
        }
    }

    private int deliver(String key) {
        String body = "{\"text\":\"压测：" + key + " 号楼道灯坏了\",\"location\":\"3-2\"}";
        long timestamp = System.currentTimeMillis() / 1000;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String signature = HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
            return HTTP.send(HttpRequest.newBuilder(URI.create(base + "api/v1/t/huanglong/intake/intake.property-app"))
                    .header("Content-Type", "application/json").header("X-Timestamp", String.valueOf(timestamp))
                    .header("X-Signature", signature).header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private int liveness() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(base + "health/live")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String signIn() throws Exception {
        HttpResponse<String> reply = HTTP.send(HttpRequest.newBuilder(URI.create(base + "api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"community\":\"huanglong\",\"username\":\"cadre\",\"password\":\"demo1234\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        return reply.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    }

    private static void fillTo100k(String url) throws Exception {
        try (Connection owner = DriverManager.getConnection(url, "weimin_owner", "owner-secret")) {
            owner.setAutoCommit(false);
            try (Statement set = owner.createStatement()) {
                set.execute("select set_config('app.tenant', 'huanglong', true)");
            }
            long existing;
            try (var count = owner.createStatement().executeQuery("select count(*) from demand where tenant_id = 'huanglong'")) {
                count.next();
                existing = count.getLong(1);
            }
            try (PreparedStatement insert = owner.prepareStatement(INSERT)) {
                for (long i = existing; i < 100_000; i++) {
                    bind(insert, "fill-" + i);
                    insert.addBatch();
                    if (i % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            owner.commit();
        }
    }

    private static final String INSERT = "insert into demand (tenant_id, id, reference, channel, external_id, raw_payload, text, place,"
            + " urgency, status, public_visible, suggested_kind, suggested_category, suggestion_confidence, suggestion_reason,"
            + " supporters, submitted_at, updated_at, version)"
            + " values ('huanglong', ?, ?, 'intake.property-app', ?, '{}', '压测数据 楼道灯坏了', '3-2', 'NORMAL', 'SUBMITTED', false,"
            + " 'AFFAIR', 'FACILITIES', 0.9, '“灯坏”', 0, ?, ?, 0)";

    private static void bind(PreparedStatement insert, String key) throws Exception {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        insert.setObject(1, id);
        insert.setString(2, "B" + id.toString().substring(0, 13).toUpperCase());
        insert.setString(3, key);
        insert.setTimestamp(4, now);
        insert.setTimestamp(5, now);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
