package org.weimin.ui.it;

import com.fasterxml.jackson.databind.JsonNode;

/** The fund's accounts as the tests read them over REST. */
final class TestFund {

    private TestFund() {
    }

    /** What a community's account of this kind holds; an account nothing was posted to yet holds nothing. */
    static long balance(Api api, String community, String token, String kind) {
        for (JsonNode account : api.get("/api/v1/t/" + community + "/fund/accounts", token).json()) {
            if (account.get("kind").asText().equals(kind)) {
                return account.get("balanceFen").asLong();
            }
        }
        return 0;
    }
}
