package org.weimin.ui.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Ledger postings per second through the donation use case (over HTTP as staff record them: the journal's lock, a
 * balanced entry of two postings, the guards on the accounts' rows, the hash chain, the donation's record) against raw
 * JDBC writes of the same rows (the chain head moved on, the entry, its two postings, the two accounts' totals, the
 * donation) at the same concurrency, in alternating rounds of one run on PostgreSQL. Prints its numbers; run with
 * {@code ./mvnw -Pbenchmark verify -Dit.test=LedgerBenchmark}.
 */
@ExtendWith(ArquillianExtension.class)
class LedgerBenchmark {

    private static final int CLIENTS = 4;
    private static final Duration WINDOW = Duration.ofSeconds(10);
    private static final Duration WARM_UP = Duration.ofSeconds(60);
    private static final int ROUNDS = 3;
    /** The community whose books the raw writes fill, so that the use case's chain stays its own. */
    private static final String RAW = "wangjiang";

    private final AtomicLong receipts = new AtomicLong();
    private final CloseableHttpClient http = HttpClients.custom().disableAutomaticRetries()
            .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().setMaxConnTotal(16).setMaxConnPerRoute(16).build())
            .build();

    @ArquillianResource
    URL base;

    @Test
    void postingsThroughTheUseCaseAgainstRawInserts() throws Exception {
        String url = "jdbc:postgresql://localhost:" + PostgresDeployment.postgres.getPort() + "/weimin";
        String staff = signIn("huanglong");
        // The raw writes need the accounts and the chain head a first donation opens.
        assertThat(donate(signIn(RAW), RAW)).isEqualTo(201);
        Rates.drive(WARM_UP, 2, () -> donate(staff, "huanglong"));

        List<Double> jdbc = new ArrayList<>();
        List<Double> useCase = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            jdbc.add(rawRate(url));
            useCase.add(Rates.drive(WINDOW, CLIENTS, () -> donate(staff, "huanglong")));
        }
        System.out.printf("%nLEDGER BENCHMARK (PostgreSQL, one run, %d cores, %d clients each)%n", Runtime.getRuntime().availableProcessors(), CLIENTS);
        System.out.printf("raw JDBC writes of a donation's rows, one per transaction, %d rounds: %s postings/s, median %.0f%n",
                ROUNDS, Rates.rounded(jdbc), Rates.median(jdbc));
        System.out.printf("donations through the use case over HTTP, %d rounds: %s postings/s, median %.0f%n",
                ROUNDS, Rates.rounded(useCase), Rates.median(useCase));
        System.out.printf("ratio use case / JDBC (medians): %.2f (target >= 0.5)%n%n", Rates.median(useCase) / Rates.median(jdbc));
        http.close();
    }

    private int donate(String token, String community) {
        String body = "{\"amountFen\": 100, \"donorName\": \"压测捐赠人\", \"method\": \"CASH\", \"receiptNo\": \"B-" + receipts.incrementAndGet() + "\"}";
        try {
            HttpPost post = new HttpPost(base + "api/v1/t/" + community + "/fund/donations");
            post.setHeader("Authorization", "Bearer " + token);
            post.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
            return http.execute(post, response -> {
                EntityUtils.consume(response.getEntity());
                return response.getCode();
            });
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String signIn(String community) throws IOException {
        HttpPost token = new HttpPost(base + "api/v1/auth/token");
        token.setEntity(new StringEntity("{\"community\":\"" + community + "\",\"username\":\"cadre\",\"password\":\"demo1234\"}",
                ContentType.APPLICATION_JSON));
        String reply = http.execute(token, response -> EntityUtils.toString(response.getEntity()));
        return reply.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    }

    /** Postings per second that as many connections as the use case has clients write straight, each for one window. */
    private static double rawRate(String url) throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(CLIENTS);
        AtomicLong written = new AtomicLong();
        long start = System.nanoTime();
        long end = start + WINDOW.toNanos();
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            running.add(writers.submit(() -> {
                try (Connection app = DriverManager.getConnection(url, "weimin_app", "app-secret")) {
                    app.setAutoCommit(false);
                    RawDonation raw = new RawDonation(app);
                    while (System.nanoTime() < end) {
                        raw.write();
                        written.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> writer : running) {
            writer.get();
        }
        writers.shutdown();
        return written.get() / Rates.seconds(start);
    }

    /** A donation's rows written over one connection, one transaction each, the chain head moved on first as the platform does. */
    private static final class RawDonation {

        private final Connection app;
        private final PreparedStatement tenant;
        private final PreparedStatement head;
        private final PreparedStatement entry;
        private final PreparedStatement posting;
        private final PreparedStatement account;
        private final PreparedStatement donation;
        private final UUID donors;
        private final UUID donations;

        RawDonation(Connection app) throws Exception {
            this.app = app;
            tenant = app.prepareStatement("select set_config('app.tenant', '" + RAW + "', true)");
            tenant.execute();
            donors = accountId("DONOR_SOURCE");
            donations = accountId("DONATIONS");
            app.commit();
            head = app.prepareStatement("update fund_chain_head set seq = seq + 1, hash = ? where tenant_id = '" + RAW + "' returning seq");
            entry = app.prepareStatement("insert into fund_entry (tenant_id, id, seq, entry_key, kind, reason, document, recorded_by, recorded_at,"
                    + " reverses, previous_hash, hash) values ('" + RAW + "', ?, ?, null, 'DONATION_RECEIVED', '社会捐赠', ?, 'cadre', ?, null, ?, ?)");
            posting = app.prepareStatement("insert into fund_posting (tenant_id, id, entry_id, position, account_id, side, amount_fen)"
                    + " values ('" + RAW + "', ?, ?, ?, ?, ?, 100)");
            account = app.prepareStatement("update fund_account set debits_fen = debits_fen + ?, credits_fen = credits_fen + ?, version = version + 1"
                    + " where tenant_id = '" + RAW + "' and id = ?");
            donation = app.prepareStatement("insert into fund_donation (tenant_id, id, entry_id, account_id, donor_name, anonymous, method, receipt_no,"
                    + " goods, amount_fen, received_at, campaign_id, donor_key, matched_fen)"
                    + " values ('" + RAW + "', ?, ?, ?, '压测捐赠人', false, 'CASH', ?, null, 100, ?, null, null, 0)");
        }

        void write() throws Exception {
            tenant.execute();
            UUID id = UUID.randomUUID();
            String receipt = "R-" + id;
            String hash = sha256(id + receipt);
            head.setString(1, hash);
            long seq;
            try (ResultSet moved = head.executeQuery()) {
                moved.next();
                seq = moved.getLong(1);
            }
            Timestamp now = Timestamp.from(Instant.now());
            entry.setObject(1, id);
            entry.setLong(2, seq);
            entry.setString(3, receipt);
            entry.setTimestamp(4, now);
            entry.setString(5, sha256(receipt));
            entry.setString(6, hash);
            entry.executeUpdate();
            line(id, 0, donors, "DEBIT");
            line(id, 1, donations, "CREDIT");
            total(donors, 100, 0);
            total(donations, 0, 100);
            donation.setObject(1, UUID.randomUUID());
            donation.setObject(2, id);
            donation.setObject(3, donations);
            donation.setString(4, receipt);
            donation.setTimestamp(5, now);
            donation.executeUpdate();
            app.commit();
        }

        private void line(UUID entryId, int position, UUID accountId, String side) throws Exception {
            posting.setObject(1, UUID.randomUUID());
            posting.setObject(2, entryId);
            posting.setInt(3, position);
            posting.setObject(4, accountId);
            posting.setString(5, side);
            posting.executeUpdate();
        }

        private void total(UUID accountId, long debit, long credit) throws Exception {
            account.setLong(1, debit);
            account.setLong(2, credit);
            account.setObject(3, accountId);
            account.executeUpdate();
        }

        private UUID accountId(String key) throws Exception {
            try (PreparedStatement find = app.prepareStatement("select id from fund_account where account_key = ?")) {
                find.setString(1, key);
                try (ResultSet found = find.executeQuery()) {
                    found.next();
                    return found.getObject(1, UUID.class);
                }
            }
        }

        private static String sha256(String content) throws Exception {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        }
    }
}
