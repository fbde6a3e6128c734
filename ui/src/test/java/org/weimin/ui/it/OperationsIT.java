package org.weimin.ui.it;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;

class OperationsIT extends PlatformApiTest {

    @Test
    void readinessReportsTheMigratedDatabase() {
        Api.Reply ready = api.get("/health/ready", null);
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body()).contains("\"migrated\":\"true\"").contains(System.getProperty("weimin.it.database", "H2"));
        assertThat(api.get("/health/live", null).status()).isEqualTo(200);
    }

    @Test
    void openApiDescribesEveryEndpoint() {
        String openapi = api.get("/openapi", null).body();
        assertThat(openapi).contains("/api/v1/auth/token", "/api/v1/auth/me", "/api/v1/auth/logout",
                "/api/v1/communities", "/api/v1/t/{community}", "/api/v1/t/{community}/grids",
                "/api/v1/t/{community}/grids/{code}/buildings", "/api/v1/admin/communities",
                "/api/v1/admin/communities/{id}/suspend", "/api/v1/admin/communities/{id}/activate",
                "/api/v1/admin/tenant-config", "/api/v1/admin/tenant-config/reload");
    }

    @Test
    void metricsAreForPlatformAdministratorsOnly() {
        assertThat(api.get("/metrics", null).status()).as("strangers").isEqualTo(404);
        assertThat(api.get("/metrics", api.signIn("huanglong", "cadre", "demo1234")).status()).as("a cadre").isEqualTo(404);
        Api.Reply metrics = api.get("/metrics", api.signIn(null, "admin", "demo1234"));
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm");
        assertThat(api.get("/health/ready", null).status()).as("probes stay open").isEqualTo(200);
    }

    @Test
    void unknownAddressesAnswerCleanly() {
        Api.Reply reply = api.get("/api/v1/nothing-here", null);
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.body()).doesNotContain("Exception");
    }
}
