package org.weimin.plugin.infrastructure;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;

import org.weimin.spi.PluginContext;

/** What the platform lends a feature for one community. */
public record HostPluginContext(String communityId, String featureId, Clock clock, List<GridPlace> grids)
        implements PluginContext {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    public HostPluginContext {
        grids = List.copyOf(grids);
    }

    @Override
    public Logger logger() {
        return Logger.getLogger("org.weimin.plugins." + featureId + ".community=" + communityId);
    }

    @Override
    public HttpClient httpClient() {
        return HTTP;
    }
}
