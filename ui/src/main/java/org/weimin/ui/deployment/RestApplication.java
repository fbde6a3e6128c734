package org.weimin.ui.deployment;

import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * Activates the REST API (whose resources live in the core library) and MicroProfile JWT for it. It sits in
 * the web module because Payara reads {@code @LoginConfig} only from the WAR's own classes.
 */
@ApplicationPath("/api")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({"RESIDENT", "GRID_WORKER", "SOCIAL_WORKER", "CADRE", "SUBDISTRICT_SUPERVISOR", "ASSESSOR",
        "PLATFORM_ADMIN"})
@OpenAPIDefinition(info = @Info(title = "Weimin community platform API", version = "1",
        description = "Community-scoped endpoints live under /api/v1/t/{community}; a community the caller has "
                + "no role in answers 404. Get a bearer token from POST /api/v1/auth/token."))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class RestApplication extends Application {
}
