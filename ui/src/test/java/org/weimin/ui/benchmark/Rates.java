package org.weimin.ui.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;

/** How the benchmarks measure: requests per second of client threads, and the median of rounds. */
final class Rates {

    private Rates() {
    }

    /** Requests per second that client threads, each sending as soon as its last answer came, get answered with a success. */
    static double drive(Duration window, int clientCount, IntSupplier request) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(clientCount);
        AtomicLong answered = new AtomicLong();
        long start = System.nanoTime();
        long end = start + window.toNanos();
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < clientCount; i++) {
            running.add(clients.submit(() -> {
                while (System.nanoTime() < end) {
                    assertThat(request.getAsInt()).isBetween(200, 299);
                    answered.incrementAndGet();
                }
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        clients.shutdown();
        return answered.get() / seconds(start);
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    static String rounded(List<Double> values) {
        return String.join(", ", values.stream().map(v -> String.format("%.0f", v)).toList());
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
