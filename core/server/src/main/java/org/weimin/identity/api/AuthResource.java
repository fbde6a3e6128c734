package org.weimin.identity.api;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.weimin.identity.application.Authentication;
import org.weimin.identity.application.IssuedToken;
import org.weimin.identity.application.SignInOutcome;
import org.weimin.identity.application.TokenIssuer;
import org.weimin.identity.application.TokenRevocations;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Role;
import org.weimin.platform.api.AtMost;
import org.weimin.platform.api.ErrorBody;
import org.weimin.shared.InvalidInputException;
import org.weimin.tenancy.model.CommunityId;

import jakarta.validation.Valid;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

@Path("/v1/auth")
@Tag(name = "Sign-in")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    /** @param community the community to sign into; leave out for platform accounts */
    public record Credentials(@AtMost(40) String community, @AtMost(100) String username, @AtMost(200) String password) {
    }

    public record Me(String username, String displayName, String community, List<Role> roles) {
        static Me of(Caller caller) {
            return new Me(caller.username(), caller.displayName(), caller.community().orElse(null),
                    List.copyOf(caller.roles()));
        }
    }

    public record TokenResponse(String token, String tokenType, Instant expiresAt, Me user) {
    }

    @Inject
    Authentication authentication;

    @Inject
    TokenIssuer tokens;

    @Inject
    TokenRevocations revocations;

    @Inject
    Callers callers;

    private final Clock clock = Clock.systemUTC();

    @POST
    @Path("/token")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign in and receive a bearer token",
            description = "The same answer for an unknown user and a wrong password.")
    public Response token(@Valid Credentials credentials, @Context jakarta.servlet.http.HttpServletRequest request) {
        if (credentials == null) {
            throw new InvalidInputException("", "send community (optional), username and password as JSON");
        }
        Optional<CommunityId> community = Optional.ofNullable(credentials.community())
                .filter(c -> !c.isBlank()).map(c -> CommunityId.isValid(c) ? new CommunityId(c) : null);
        if (credentials.community() != null && !credentials.community().isBlank() && community.isEmpty()) {
            return invalidCredentials();
        }
        SignInOutcome outcome = authentication.signIn(community, credentials.username(), credentials.password(),
                request.getRemoteAddr());
        if (outcome instanceof SignInOutcome.SignedIn signedIn) {
            IssuedToken token = tokens.issue(signedIn.caller(), clock.instant());
            return Response.ok(new TokenResponse(token.token(), "Bearer", token.expiresAt(), Me.of(signedIn.caller())))
                    .build();
        }
        if (outcome instanceof SignInOutcome.CommunitySuspended) {
            return ErrorBody.response(Response.Status.FORBIDDEN, "community_suspended",
                    "this community's service is suspended; contact the platform administrator");
        }
        return invalidCredentials();
    }

    private static Response invalidCredentials() {
        return ErrorBody.response(Response.Status.UNAUTHORIZED, "invalid_credentials",
                "wrong username or password, or too many tries: wait a few minutes and try again");
    }

    @GET
    @Path("/me")
    @Operation(summary = "Who the bearer token belongs to")
    @SecurityRequirement(name = "bearer")
    public Me me(@Context SecurityContext security) {
        return Me.of(callers.require(security));
    }

    @POST
    @Path("/logout")
    @Operation(summary = "Sign out: the token stops working at once")
    @SecurityRequirement(name = "bearer")
    public Response logout(@Context SecurityContext security) {
        callers.require(security);
        var token = callers.token(security).orElseThrow();
        revocations.revoke(token.getTokenID(), Instant.ofEpochSecond(token.getExpirationTime()));
        return Response.noContent().build();
    }
}
