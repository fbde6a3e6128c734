package org.weimin.plugin.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

class GuardedHttpClientTest {

    /** Names resolve without the machine's name service: "public.example" to a public address, the rest as literals. */
    private static InetAddress[] resolve(String host) throws java.net.UnknownHostException {
        return host.equals("public.example") ? new InetAddress[] {InetAddress.getByAddress(host, new byte[] {93, (byte) 184, (byte) 216, 34})}
                : host.equals("sneaky.example") ? new InetAddress[] {InetAddress.getByAddress(host, new byte[] {93, 1, 1, 1}),
                        InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1})}
                : InetAddress.getAllByName(host);
    }

    private final GuardedHttpClient client = new GuardedHttpClient(Set.of(), Duration.ofSeconds(2), GuardedHttpClientTest::resolve);

    @Test
    void addressesInsideThePlatformsNetworkAreRefused() {
        for (String inside : new String[] {"http://127.0.0.1:18999/internal-admin", "http://localhost/", "http://[::1]/",
                "http://169.254.169.254/latest/meta-data/", "http://10.0.0.8/", "http://172.16.5.4/", "http://192.168.1.1/",
                "http://0.0.0.0/", "http://224.0.0.1/", "http://[fd00::1]/", "http://100.64.0.1/", "http://sneaky.example/"}) {
            assertThatThrownBy(() -> client.check(URI.create(inside))).as(inside)
                    .isInstanceOf(GuardedHttpClient.RefusedAddressException.class);
        }
        assertThatThrownBy(() -> client.check(URI.create("file:///etc/passwd"))).hasMessageContaining("http and https");
        assertThatThrownBy(() -> client.check(URI.create("../../etc/passwd"))).hasMessageContaining("http and https");
    }

    @Test
    void publicAddressesAndHostsTheAdministratorAllowedPass() throws Exception {
        client.check(URI.create("https://public.example/send"));
        GuardedHttpClient allowing = new GuardedHttpClient(Set.of("bot.local", " localhost:5700"), Duration.ofSeconds(2),
                GuardedHttpClientTest::resolve);
        allowing.check(URI.create("http://bot.local/"));
        allowing.check(URI.create("http://localhost:5700/send_group_msg"));
        assertThatThrownBy(() -> allowing.check(URI.create("http://localhost:5701/"))).as("only that port")
                .isInstanceOf(GuardedHttpClient.RefusedAddressException.class);
    }

    @Test
    void aRedirectFromAnAllowedHostIntoTheNetworkIsRefusedAtThatHop() throws Exception {
        AtomicInteger insideCalls = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        int port = server.getAddress().getPort();
        server.createContext("/hop", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://127.0.0.1:" + port + "/inside");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.createContext("/inside", exchange -> {
            insideCalls.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        try {
            GuardedHttpClient allowing = new GuardedHttpClient(Set.of("localhost:" + port), Duration.ofSeconds(2),
                    GuardedHttpClientTest::resolve);
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/hop")).build();
            assertThatThrownBy(() -> allowing.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)))
                    .isInstanceOf(GuardedHttpClient.RefusedAddressException.class).hasMessageContaining("127.0.0.1");
            assertThat(insideCalls).hasValue(0);
        } finally {
            server.stop(0);
        }
    }
}
