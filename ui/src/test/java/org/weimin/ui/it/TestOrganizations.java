package org.weimin.ui.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

/** Organisations the tests need, registered and approved over REST as a cadre would. */
final class TestOrganizations {

    private TestOrganizations() {
    }

    /** An approved volunteer organisation of huanglong's (or wangjiang's) volunteer type; its id. */
    static String approvedVolunteers(Api api, String community, String cadre, String name) {
        String base = "/api/v1/t/" + community;
        Api.Reply made = api.post(base + "/organizations", cadre, Api.json(Map.of("typeId", "org-type.volunteer", "name", name,
                "attributes", Map.of("serviceAreas", List.of("elderly", "children"), "volunteerCount", 20, "contactName", "张老师",
                        "contactPhone", "13600003333"))));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        String id = made.json().get("id").asText();
        if (made.json().get("status").asText().equals("PENDING_APPROVAL")) {
            assertThat(api.post(base + "/organizations/" + id + "/approve", cadre, "").status()).isEqualTo(200);
        }
        return id;
    }
}
