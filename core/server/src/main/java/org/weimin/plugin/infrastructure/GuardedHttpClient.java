package org.weimin.plugin.infrastructure;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.InetAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * The HTTP client plugins get. Every address a request goes to, and every address a redirect points to,
 * is resolved first and refused when it lies inside: loopback, link-local (cloud metadata), private,
 * unique-local, multicast or unspecified. The platform administrator may allow named hosts (a bot on
 * the same machine, an intranet gateway). Redirects are followed here, hop by hop, so each is checked.
 * The operating system resolves the name again when connecting; keep outbound traffic behind a firewall
 * too where names are not under your control.
 */
public final class GuardedHttpClient extends HttpClient {

    private static final int MAX_REDIRECTS = 5;

    private final HttpClient delegate;
    private final Set<String> allowedHosts;
    private final Resolver resolver;

    /** Looks a host up; a seam for tests, which must not depend on the machine's name service. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** A refused address: reported to the plugin as the I/O failure it is. */
    public static final class RefusedAddressException extends IOException {
        RefusedAddressException(String message) {
            super(message);
        }
    }

    public GuardedHttpClient(Collection<String> allowedHosts, Duration connectTimeout) {
        this(allowedHosts, connectTimeout, InetAddress::getAllByName);
    }

    GuardedHttpClient(Collection<String> allowedHosts, Duration connectTimeout, Resolver resolver) {
        this.delegate = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(Redirect.NEVER).build();
        this.allowedHosts = allowedHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.resolver = resolver;
    }

    /** Throws when the address may not be called; otherwise returns quietly. */
    public void check(URI uri) throws RefusedAddressException {
        if (uri == null || uri.getHost() == null || !("http".equalsIgnoreCase(uri.getScheme())
                || "https".equalsIgnoreCase(uri.getScheme()))) {
            throw new RefusedAddressException("only absolute http and https addresses may be called: " + uri);
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT).replaceAll("^\\[|\\]$", "");
        if (allowedHosts.contains(host) || allowedHosts.contains(host + ":" + port(uri))) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new RefusedAddressException("the host " + host + " is unknown");
        }
        for (InetAddress address : addresses) {
            if (isInside(address)) {
                throw new RefusedAddressException("the address " + host + " (" + address.getHostAddress()
                        + ") is inside the platform's network; the platform administrator must allow it");
            }
        }
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    static boolean isInside(InetAddress address) {
        if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isMulticastAddress() || address.isAnyLocalAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (bytes.length == 16) {
            // fc00::/7, unique local addresses: IPv6's private range, which Java does not count as site-local.
            return (bytes[0] & 0xfe) == 0xfc;
        }
        // 100.64.0.0/10 (carrier-grade NAT) and 0.0.0.0/8 are not public either.
        return (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64 || bytes[0] == 0;
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        HttpRequest current = request;
        for (int hop = 0; ; hop++) {
            check(current.uri());
            HttpResponse<T> response = delegate.send(current, handler);
            Optional<String> location = response.headers().firstValue("Location");
            if (!isRedirect(response.statusCode()) || location.isEmpty()) {
                return response;
            }
            if (hop == MAX_REDIRECTS) {
                throw new IOException("more than " + MAX_REDIRECTS + " redirects from " + request.uri());
            }
            current = redirected(current, current.uri().resolve(location.get()), response.statusCode());
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static HttpRequest redirected(HttpRequest previous, URI target, int status) {
        HttpRequest.Builder next = HttpRequest.newBuilder(target);
        previous.timeout().ifPresent(next::timeout);
        boolean keepsMethod = status == 307 || status == 308;
        if (keepsMethod && previous.bodyPublisher().isPresent()) {
            next.method(previous.method(), previous.bodyPublisher().get());
        } else {
            next.GET();
        }
        // Credentials stay with the host they were meant for.
        if (target.getHost() != null && target.getHost().equalsIgnoreCase(previous.uri().getHost())) {
            previous.headers().map().forEach((name, values) -> values.forEach(v -> next.header(name, v)));
        }
        return next.build();
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return send(request, handler);
            } catch (IOException e) {
                throw new java.util.concurrent.CompletionException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.util.concurrent.CompletionException(e);
            }
        });
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
                                                            HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
        return sendAsync(request, handler);
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return Optional.empty();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return delegate.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return Redirect.NORMAL;
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return Optional.empty();
    }

    @Override
    public SSLContext sslContext() {
        return delegate.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return delegate.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return Optional.empty();
    }

    @Override
    public Version version() {
        return delegate.version();
    }

    @Override
    public Optional<Executor> executor() {
        return delegate.executor();
    }
}
