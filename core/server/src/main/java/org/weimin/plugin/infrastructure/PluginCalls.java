package org.weimin.plugin.infrastructure;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.weimin.plugin.model.CallCircuit;
import org.weimin.plugin.model.PluginCallFailedException;
import org.weimin.plugin.model.PluginFailureException;
import org.weimin.plugin.model.PluginPausedException;
import org.weimin.tenancy.model.CommunityId;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Runs calls into plugin code on up to {@value #MAX_CALLS} threads made by the container's managed thread
 * factory, within the time limit, each counted on the circuit of its community and feature. The threads are
 * the container's (its context is set up once, when a thread is made); a managed executor would capture and
 * restore the caller's context around every call, which cost a fifth of intake throughput (README, Performance).
 */
@ApplicationScoped
public class PluginCalls {

    static final int MAX_CALLS = 64;
    private static final String THREADS = "java:comp/DefaultManagedThreadFactory";

    private static final Logger LOG = Logger.getLogger(PluginCalls.class.getName());

    @Inject
    @ConfigProperty(name = "weimin.plugins.call-timeout", defaultValue = "PT5S")
    Duration callTimeout;

    @Inject
    @ConfigProperty(name = "weimin.plugins.failures-before-pause", defaultValue = "5")
    int failuresBeforePause;

    @Inject
    @ConfigProperty(name = "weimin.plugins.pause", defaultValue = "PT30S")
    Duration pause;

    /** Whose calls into which feature a circuit counts. */
    private record CircuitKey(CommunityId community, String featureId) {
    }

    private final Map<CircuitKey, CallCircuit> circuits = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();
    private volatile ExecutorService executor;

    /**
     * Runs work for one community within the time limit. Whatever goes wrong (a throw, a hang, an unusable
     * result) fails this call alone: it is counted for this community and feature, and several failures in
     * a row pause the feature for this community until a trial call works again.
     */
    public <R> R forCommunity(CommunityId community, String featureId, Callable<R> work) {
        CallCircuit circuit = circuits.computeIfAbsent(new CircuitKey(community, featureId),
                key -> new CallCircuit(failuresBeforePause, pause));
        if (!circuit.admit(clock.instant())) {
            throw new PluginPausedException(featureId, circuit.status(clock.instant()).pausedUntil());
        }
        String problem;
        try {
            R result = timed(featureId, work);
            problem = PluginResults.problemWith(result);
            if (problem == null) {
                circuit.succeeded();
                return result;
            }
        } catch (PluginFailureException e) {
            problem = e.reason();
        }
        circuit.failed(problem, clock.instant());
        String reference = UUID.randomUUID().toString();
        String reason = problem;
        LOG.warning(() -> "feature " + featureId + " failed for community " + community.value() + " (reference "
                + reference + "): " + reason);
        throw new PluginCallFailedException(featureId, problem, reference);
    }

    /** Runs plugin code that serves no community (making and describing its features) within the time limit. */
    public <R> R timed(String featureId, Callable<R> work) {
        Future<R> future = executor().submit(work);
        try {
            return future.get(callTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new PluginFailureException(featureId, "did not answer within " + callTimeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            throw new PluginFailureException(featureId, "failed: " + PluginHost.rootMessage(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PluginFailureException(featureId, "interrupted");
        }
    }

    /** How this community's calls into the feature have gone; a feature never called shows as working. */
    public CallCircuit.Status status(CommunityId community, String featureId) {
        CallCircuit circuit = circuits.get(new CircuitKey(community, featureId));
        return circuit == null ? CallCircuit.Status.NEVER_FAILED : circuit.status(clock.instant());
    }

    /** Every community whose calls into the feature have failed, with how; for the platform administrator. */
    public Map<String, CallCircuit.Status> troubledCommunities(String featureId) {
        Map<String, CallCircuit.Status> troubled = new TreeMap<>();
        circuits.forEach((key, circuit) -> {
            CallCircuit.Status status = circuit.status(clock.instant());
            if (key.featureId().equals(featureId) && status.troubled()) {
                troubled.put(key.community().value(), status);
            }
        });
        return troubled;
    }

    /** Made on first use, which is the platform's start-up: only the web module's threads reach its naming environment. */
    private ExecutorService executor() {
        ExecutorService found = executor;
        if (found == null) {
            try {
                ThreadPoolExecutor pool = new ThreadPoolExecutor(MAX_CALLS, MAX_CALLS, 60, TimeUnit.SECONDS,
                        new LinkedBlockingQueue<>(), (ManagedThreadFactory) new InitialContext().lookup(THREADS));
                pool.allowCoreThreadTimeOut(true);
                found = pool;
            } catch (NamingException e) {
                throw new IllegalStateException("the container offers no managed thread factory at " + THREADS, e);
            }
            executor = found;
        }
        return found;
    }

    @PreDestroy
    void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
