package org.weimin.ui.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every operation the platform's own OpenAPI document lists, sent what a careless or hostile client sends:
 * malformed JSON, wrong types, oversized and deeply nested bodies, hostile strings, with and without
 * credentials. Nothing answers 5xx or names the platform's internals, and afterwards health and every
 * community's features are as they were. The requests come from their own loopback address, so the
 * throttles they trip are theirs alone.
 */
class ApiFuzzIT extends PlatformApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FROM = "127.0.0.99";
    /** Operations whose effect would end the test's own credentials or change the platform for everyone. */
    private static final Set<String> LEFT_OUT = Set.of("POST /api/v1/auth/logout");
    private static final String HOSTILE = "\u202Eevil\\ud800<script>alert(1)</script>'\\\"; DROP TABLE demand;--%s%n{{7*7}}";
    private static final List<String> BODIES = List.of(
            "{\"text\":",
            "{\"text\":5,\"values\":\"x\",\"enabled\":\"yes\",\"ids\":{},\"kind\":[],\"settings\":7,\"username\":[]}",
            "[]",
            "[".repeat(200) + "]".repeat(200),
            "{\"text\":\"" + "长".repeat(600_000) + "\"}",
            "{\"text\":\"" + HOSTILE + "\",\"values\":{\"text\":\"" + HOSTILE + "\"},\"enabled\":true,\"settings\":{},"
                    + "\"username\":\"" + HOSTILE + "\",\"password\":\"" + HOSTILE + "\",\"name\":\"" + HOSTILE + "\","
                    + "\"typeId\":\"" + HOSTILE + "\",\"action\":\"" + HOSTILE + "\",\"ids\":[\"" + HOSTILE + "\"],"
                    + "\"title\":\"" + HOSTILE + "\",\"heldAt\":\"" + HOSTILE + "\",\"participants\":[\"" + HOSTILE + "\"]}",
            "{\"text\":\"a\\u0000b\"}");

    @Test
    void noOperationAnswers5xxOrNamesTheInsideWhateverItIsSent() throws Exception {
        Deliveries raw = new Deliveries(api);
        String cadre = api.signIn("huanglong", "cadre", "demo1234");
        String need = anyNeed(cadre);
        Map<String, String> before = state();

        JsonNode openApi = JSON.readTree(api.send(java.net.http.HttpRequest.newBuilder(api.uri("/openapi"))
                .header("Accept", "application/json"), null).body());
        List<String> problems = new ArrayList<>();
        int sent = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next().toUpperCase();
                if (!Set.of("GET", "POST", "PUT", "DELETE").contains(method)) {
                    continue;
                }
                String address = "/api" + path.getKey().replaceFirst("^/api", "");
                if (LEFT_OUT.contains(method + " " + address)) {
                    continue;
                }
                String concrete = concrete(address, need);
                for (String token : new String[] {null, cadre}) {
                    List<String> bodies = method.equals("GET") || method.equals("DELETE") ? List.of("") : BODIES;
                    for (String body : bodies) {
                        String answer = raw.request(FROM, method, concrete + (method.equals("GET") ? hostileQuery() : ""),
                                token, "application/json", body.getBytes(StandardCharsets.UTF_8));
                        sent++;
                        String problem = problem(answer);
                        if (problem != null) {
                            problems.add(method + " " + concrete + (token == null ? "" : " (signed in)") + " with "
                                    + body.substring(0, Math.min(40, body.length())) + ": " + problem);
                        }
                    }
                }
            }
        }
        assertThat(sent).as("requests sent").isGreaterThan(300);
        assertThat(problems).isEmpty();
        assertThat(state()).as("health and every community's features are as they were").isEqualTo(before);
    }

    /** A real address for each template: the community, one of its needs, real-looking ids. */
    private static String concrete(String template, String need) {
        return template.replace("{community}", "huanglong").replace("{id}", need).replace("{demandId}", need)
                .replace("{photoId}", UUID.randomUUID().toString()).replace("{featureId}", "no.such.feature")
                .replace("{channel}", "intake.property-app").replace("{format}", "json").replace("{code}", "environment")
                .replace("{token}", "D261201-NOPE").replace("{fileName}", "x.jar").replaceAll("\\{[^}]+}", "x");
    }

    private static String hostileQuery() {
        return "?limit=-5&offset=abc&q=%25%5F%E2%80%AE%3Cscript%3E&status=NOPE&kind=X&since=yesterday";
    }

    /** What is wrong with an answer a client may not get, or null. */
    private static String problem(String answer) {
        String status = answer.substring(0, Math.min(answer.length(), 12));
        if (!status.startsWith("HTTP/1.1 ")) {
            return "no HTTP answer";
        }
        int code = Integer.parseInt(status.substring(9, 12));
        if (code >= 500) {
            return "answered " + code + ": " + answer.substring(0, Math.min(300, answer.length()));
        }
        String body = answer.substring(Math.max(0, answer.indexOf("\r\n\r\n")));
        for (String inside : new String[] {"org.weimin", "java.", "jakarta.", "Exception", "<html", "No enum constant"}) {
            if (body.contains(inside)) {
                return "names " + inside + ": " + body.substring(0, Math.min(300, body.length()));
            }
        }
        return null;
    }

    private String anyNeed(String cadre) {
        String resident = api.signIn("huanglong", "resident4", "demo1234");
        String reference = api.post("/api/v1/t/huanglong/demands", resident,
                Api.json(Map.of("values", Map.of("text", "模糊测试用的需求：楼道灯不亮")))).json().get("created").get(0).asText();
        return api.get("/api/v1/t/huanglong/demands/" + reference, cadre).json().get("summary").get("id").asText();
    }

    /** Health, and each community's features as its cadre sees them. */
    private Map<String, String> state() throws IOException {
        Map<String, String> state = new LinkedHashMap<>();
        // Payara lists the checks in no fixed order.
        for (JsonNode check : api.get("/health/ready", null).json().get("checks")) {
            state.put("health/" + check.get("name").asText(), check.toString());
        }
        for (String community : new String[] {"huanglong", "daguan", "wangjiang"}) {
            String cadre = api.signIn(community, "cadre", "demo1234");
            for (JsonNode feature : api.get("/api/v1/t/" + community + "/features", cadre).json()) {
                state.put(community + "/" + feature.get("feature").get("featureId").asText(), feature.get("enabled").asText()
                        + " " + feature.get("health"));
            }
        }
        return state;
    }
}
