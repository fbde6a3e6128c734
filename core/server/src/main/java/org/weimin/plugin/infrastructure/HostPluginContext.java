package org.weimin.plugin.infrastructure;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

import org.weimin.spi.PluginContext;

/**
 * What the platform lends a feature for one community.
 *
 * @param httpClient the platform's guarded client: it calls nothing inside the platform's network
 */
public record HostPluginContext(String communityId, String featureId, Clock clock, List<GridPlace> grids,
                                HttpClient httpClient) implements PluginContext {

    public HostPluginContext {
        grids = List.copyOf(grids);
    }

    @Override
    public Logger logger() {
        return Logger.getLogger("org.weimin.plugins." + featureId + ".community=" + communityId);
    }
}
