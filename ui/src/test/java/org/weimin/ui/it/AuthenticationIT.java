package org.weimin.ui.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class AuthenticationIT extends PlatformApiTest {

    @Test
    void aCommunityMemberSignsInAndSeesWhoTheyAre() {
        String token = api.signIn("huanglong", "cadre", "demo1234");
        Api.Reply me = api.get("/api/v1/auth/me", token);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("community").asText()).isEqualTo("huanglong");
        assertThat(me.json().get("displayName").asText()).isEqualTo("沈建华");
        assertThat(me.json().get("roles").toString()).contains("CADRE");
    }

    @Test
    void anUnknownUserAndAWrongPasswordGetTheSameAnswer() {
        Api.Reply wrongPassword = api.post("/api/v1/auth/token", null,
                Api.json(Map.of("community", "huanglong", "username", "cadre", "password", "nope")));
        Api.Reply unknownUser = api.post("/api/v1/auth/token", null,
                Api.json(Map.of("community", "huanglong", "username", "nobody", "password", "nope")));
        Api.Reply unknownCommunity = api.post("/api/v1/auth/token", null,
                Api.json(Map.of("community", "atlantis", "username", "cadre", "password", "demo1234")));
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownUser.status()).isEqualTo(401);
        assertThat(unknownCommunity.status()).isEqualTo(401);
        assertThat(wrongPassword.body()).isEqualTo(unknownUser.body()).isEqualTo(unknownCommunity.body());
    }

    @Test
    void wrongPasswordsInARowMakeTheAccountWaitWithTheSameAnswer() throws InterruptedException {
        String wrong = Api.json(Map.of("community", "wangjiang", "username", "tang.gw", "password", "guess"));
        String right = Api.json(Map.of("community", "wangjiang", "username", "tang.gw", "password", "demo1234"));
        Api.Reply first = api.post("/api/v1/auth/token", null, wrong);
        for (int i = 0; i < 3; i++) {
            assertThat(api.post("/api/v1/auth/token", null, wrong).body()).isEqualTo(first.body());
        }
        Api.Reply waiting = api.post("/api/v1/auth/token", null, right);
        assertThat(waiting.status()).as("even the right password waits after four wrong ones").isEqualTo(401);
        assertThat(waiting.body()).as("and hears nothing else").isEqualTo(first.body());
        Thread.sleep(1_200);
        assertThat(api.post("/api/v1/auth/token", null, right).status()).as("after the wait it works").isEqualTo(200);
        assertThat(api.post("/api/v1/auth/token", null, wrong).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/auth/token", null, right).status()).as("the success cleared the count").isEqualTo(200);
    }

    @Test
    void anAccountOfOneCommunityCannotSignInToAnother() {
        Api.Reply reply = api.post("/api/v1/auth/token", null,
                Api.json(Map.of("community", "daguan", "username", "zhou.gw", "password", "demo1234")));
        assertThat(reply.status()).isEqualTo(401);
    }

    @Test
    void malformedJsonIsA400NamingTheProblem() {
        Api.Reply reply = api.post("/api/v1/auth/token", null, "{\"community\": huang");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error").asText()).isEqualTo("malformed_json");
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void aTamperedOrMissingTokenIsRefused() {
        String token = api.signIn("huanglong", "cadre", "demo1234");
        assertThat(api.get("/api/v1/t/huanglong", null).status()).isEqualTo(401);
        String tampered = token.substring(0, token.length() - 4) + "AAAA";
        assertThat(api.get("/api/v1/t/huanglong", tampered).status()).isEqualTo(401);
    }

    @Test
    void loggingOutEndsTheTokenAtOnce() {
        String token = api.signIn("huanglong", "resident1", "demo1234");
        assertThat(api.get("/api/v1/t/huanglong", token).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/auth/logout", token, "").status()).isEqualTo(204);
        assertThat(api.get("/api/v1/t/huanglong", token).status()).isEqualTo(401);
    }
}
