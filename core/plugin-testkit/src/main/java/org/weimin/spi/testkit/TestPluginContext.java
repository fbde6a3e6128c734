package org.weimin.spi.testkit;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Logger;

import org.weimin.spi.PluginContext;

/** A plugin context for tests: community {@code test-community}, a fixed clock, two grids. */
public record TestPluginContext(String communityId, Clock clock, List<GridPlace> grids) implements PluginContext {

    public TestPluginContext() {
        this("test-community", Clock.fixed(Instant.parse("2026-11-27T08:00:00Z"), ZoneId.of("Asia/Shanghai")),
                List.of(new GridPlace("G01", "第一网格"), new GridPlace("G02", "第二网格")));
    }

    @Override
    public Logger logger() {
        return Logger.getLogger("plugin-test." + communityId);
    }

    @Override
    public HttpClient httpClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    }
}
