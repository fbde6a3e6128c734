package org.weimin.spi;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/**
 * What the platform lends a feature for one community. It deliberately offers no database access: a
 * plugin works through these services only.
 */
public interface PluginContext {

    /** The id of the community this feature instance serves. */
    String communityId();

    /** The platform's clock; use it rather than the system clock so that tests can control time. */
    Clock clock();

    /** A logger whose records carry the plugin and the community. */
    Logger logger();

    /** An HTTP client with connect and request time limits set by the platform. */
    HttpClient httpClient();

    /** The community's grids, to place things by grid. */
    List<GridPlace> grids();

    /**
     * One grid (网格) of the community.
     *
     * @param code the grid's stable code, e.g. {@code G01}
     */
    record GridPlace(String code, String name) {
    }
}
