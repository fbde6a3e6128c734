package org.weimin.ui.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The Open311 GeoReport v2 endpoint of a community, checked against the GeoReport contract (JSON) and the
 * written specification (XML, the errors array).
 */
class Open311IT extends PlatformApiTest {

    private static final String BASE = "/api/v1/t/huanglong/open311/v2/";
    private static final String KEY = "huanglong-demo-open311-key";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode definitions;

    @BeforeAll
    static void contract() throws IOException {
        try (InputStream in = Open311IT.class.getResourceAsStream("/open311/georeport-v2.openapi.json")) {
            definitions = JSON.readTree(in).get("definitions");
        }
    }

    @Test
    void theServiceListAndDefinitionsFollowTheContract() throws Exception {
        Api.Reply services = api.get(BASE + "services.json", null);
        assertThat(services.raw().headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("charset=utf-8"));
        assertValid(services.json(), "Service", true);
        assertThat(services.body()).contains("\"service_code\":\"facilities\"", "设施维修");
        Api.Reply definition = api.get(BASE + "services/facilities.json", null);
        assertValid(definition.json(), "ServiceDefinition", false);
        Document xml = xml(api.get(BASE + "services.xml", null).body());
        assertThat(xml.getDocumentElement().getNodeName()).isEqualTo("services");
        assertThat(xml.getElementsByTagName("service").getLength()).isEqualTo(10);
        Document definitionXml = xml(api.get(BASE + "services/facilities.xml", null).body());
        assertThat(definitionXml.getElementsByTagName("attribute").getLength()).isEqualTo(1);
        assertThat(definitionXml.getElementsByTagName("value").getLength()).isEqualTo(2);
    }

    @Test
    void aRequestIsCreatedAndFollowedInJsonAndXml() throws Exception {
        Api.Reply created = post("requests.json", "api_key=" + KEY + "&service_code=environment&description="
                + enc("中心花园垃圾桶满了没人清理") + "&address_string=" + enc("中心花园") + "&lat=30.27&long=120.15");
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        assertValid(created.json(), "RequestResponse", true);
        String id = created.json().get(0).get("service_request_id").asText();

        Api.Reply one = api.get(BASE + "requests/" + id + ".json", null);
        assertValid(one.json(), "Request", true);
        assertThat(one.json().get(0).get("status").asText()).isEqualTo("open");
        assertThat(one.json().get(0).get("service_code").asText()).isEqualTo("environment");
        assertThat(one.json().get(0).get("lat").asDouble()).as("the map point comes back").isEqualTo(30.27);
        assertThat(one.json().get(0).get("long").asDouble()).isEqualTo(120.15);

        Api.Reply filtered = api.get(BASE + "requests.json?service_code=environment&status=open&start_date="
                + enc("2020-01-01T00:00:00+08:00"), null);
        assertValid(filtered.json(), "Request", true);
        assertThat(filtered.body()).contains(id);
        assertThat(api.get(BASE + "requests.json?status=closed", null).body()).doesNotContain(id);

        Document xml = xml(api.get(BASE + "requests/" + id + ".xml", null).body());
        assertThat(xml.getDocumentElement().getNodeName()).isEqualTo("service_requests");
        assertThat(xml.getElementsByTagName("service_request_id").item(0).getTextContent()).isEqualTo(id);
        Document createdXml = xml(post("requests.xml", "api_key=" + KEY + "&service_code=safety&description=" + enc("消防通道被堵")
                + "&address_string=" + enc("5号楼北侧")).body());
        assertThat(createdXml.getElementsByTagName("service_request_id").getLength()).isEqualTo(1);
    }

    @Test
    void errorsComeAsTheSpecificationsErrorsArray() throws Exception {
        Api.Reply wrongKey = post("requests.json", "api_key=wrong&service_code=safety&description=" + enc("测试"));
        assertThat(wrongKey.status()).isEqualTo(403);
        assertThat(wrongKey.json().get(0).get("code").asInt()).isEqualTo(403);
        assertThat(wrongKey.json().get(0).get("description").asText()).contains("api_key");

        Api.Reply unknownService = post("requests.xml", "api_key=" + KEY + "&service_code=rockets&description=" + enc("测试"));
        assertThat(unknownService.status()).isEqualTo(400);
        Document errors = xml(unknownService.body());
        assertThat(errors.getDocumentElement().getNodeName()).isEqualTo("errors");
        assertThat(errors.getElementsByTagName("description").item(0).getTextContent()).contains("rockets");

        Api.Reply nowhere = post("requests.json", "api_key=" + KEY + "&service_code=safety&description=" + enc("消防通道被堵"));
        assertThat(nowhere.status()).isEqualTo(400);
        assertThat(nowhere.json().get(0).get("description").asText()).as("the location the specification requires").contains("lat and long");

        assertThat(api.get(BASE + "services.yaml", null).status()).isEqualTo(404);
        assertThat(api.get(BASE + "services.json?jurisdiction_id=daguan", null).status()).isEqualTo(404);
        assertThat(api.get(BASE + "requests.json?start_date=yesterday", null).status()).isEqualTo(400);
        assertThat(api.get(BASE + "requests/D000000-NOPE.json", null).status()).isEqualTo(404);
        Api.Reply noChannel = api.send(HttpRequest.newBuilder(api.uri("/api/v1/t/daguan/open311/v2/requests.json"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("api_key=" + KEY + "&service_code=safety&description=x")), null);
        assertThat(noChannel.status()).as("daguan has not enabled Open311; huanglong's key opens nothing there").isEqualTo(404);
        assertThat(api.get("/api/v1/t/atlantis/open311/v2/services.json", null).status()).isEqualTo(404);
    }

    @Test
    void whatARealClientSendsIsKept() {
        Api.Reply created = post("requests.json", "api_key=" + KEY + "&service_code=safety&attribute%5BURGENCY%5D=urgent"
                + "&media_url=" + enc("https://photos.example.org/hole-17.jpg") + "&email=" + enc("li@example.org")
                + "&phone=13900007777&description=" + enc("井盖") + "&address_string=" + enc("7-2-301") + "&lat=30.271234&long=120.151234");
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        String id = created.json().get(0).get("service_request_id").asText();

        String staff = api.signIn("huanglong", "zhou.gw", "demo1234");
        JsonNode detail = api.get("/api/v1/t/huanglong/demands/" + id, staff).json();
        assertThat(detail.get("summary").get("urgency").asText()).isEqualTo("URGENT");
        assertThat(detail.get("summary").get("text").asText()).as("two characters are a description").isEqualTo("井盖");
        assertThat(detail.get("contact").asText()).contains("13900007777", "li@example.org");
        assertThat(detail.get("photoAddress").asText()).isEqualTo("https://photos.example.org/hole-17.jpg");
        assertThat(detail.get("rawPayload").asText()).as("the client's key is not kept").doesNotContain(KEY);

        JsonNode published = api.get(BASE + "requests/" + id + ".json", null).json().get(0);
        assertThat(published.get("media_url").asText()).isEqualTo("https://photos.example.org/hole-17.jpg");
        assertThat(published.get("address").asText()).as("the building, not the door").isEqualTo("7");
        assertThat(published.get("lat").asDouble()).as("about a hundred metres").isEqualTo(30.271);

        Api.Reply overridden = api.get(BASE + "requests.json?service_request_id=" + id
                + "&service_code=children&status=closed&start_date=" + enc("2001-01-01T00:00:00+08:00")
                + "&end_date=" + enc("2001-01-02T00:00:00+08:00"), null);
        assertThat(overridden.json()).as("service_request_id overrides every other filter").hasSize(1);
        assertThat(api.get(BASE + "tokens/" + id + ".json", null).json().get(0).get("service_request_id").asText())
                .isEqualTo(id);

        Api.Reply noWords = post("requests.json", "api_key=" + KEY + "&service_code=environment&address_id=3-1");
        assertThat(noWords.status()).as("the specification makes the description optional").isEqualTo(200);
        Api.Reply tooLong = post("requests.json", "api_key=" + KEY + "&service_code=environment&address_id=3-1&description="
                + "a".repeat(4001));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(post("requests.json", "api_key=" + KEY + "&service_code=environment&address_id=3-1&description="
                + "a".repeat(4000)).status()).as("4,000 characters are allowed").isEqualTo(200);
        assertThat(post("requests.json", "api_key=" + KEY + "&service_code=environment&address_id=3-1"
                + "&attribute%5BURGENCY%5D=whenever").status()).isEqualTo(400);
    }

    @Test
    void theSharedDreddContractPassesAsIs() throws Exception {
        String id = post("requests.json", "api_key=" + KEY + "&service_code=facilities&description=" + enc("合同测试用的请求")
                + "&address_string=3-1").json().get(0).get("service_request_id").asText();
        Path contract = Path.of(Open311IT.class.getResource("/open311/georeport-v2.dredd.json").toURI());
        Path hooks = Path.of(Open311IT.class.getResource("/open311/dredd-hooks.js").toURI());
        ProcessBuilder run = new ProcessBuilder(Dredd.executable().toString(), contract.toString(),
                api.uri(BASE).toString().replaceAll("/$", ""), "--hookfiles=" + hooks, "--language=nodejs", "--color=false")
                .redirectErrorStream(true);
        run.environment().putAll(java.util.Map.of("WEIMIN_COMMUNITY", "huanglong", "WEIMIN_API_KEY", KEY, "WEIMIN_REQUEST", id));
        Process dredd = run.start();
        String output = new String(dredd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(dredd.waitFor(3, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
        assertThat(output).as(output).contains("6 passing, 0 failing, 0 errors");
        assertThat(dredd.exitValue()).as(output).isZero();
    }

    @Test
    void privateNeedsNeverShowThroughOpen311() {
        String resident = api.signIn("huanglong", "resident3", "demo1234");
        api.post("/api/v1/t/huanglong/demands", resident, Api.json(java.util.Map.of("values",
                java.util.Map.of("text", "私密需求OPEN311不可见"))));
        assertThat(api.get(BASE + "requests.json", null).body()).doesNotContain("私密需求OPEN311不可见");
    }

    private Api.Reply post(String path, String form) {
        return api.send(HttpRequest.newBuilder(api.uri(BASE + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), null);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Document xml(String body) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(body)));
    }

    /** Checks a JSON answer against a definition of the GeoReport contract. */
    private static void assertValid(JsonNode answer, String definition, boolean list) {
        ObjectNode schema = JSON.createObjectNode();
        schema.set("definitions", definitions);
        if (list) {
            schema.put("type", "array");
            schema.putObject("items").put("$ref", "#/definitions/" + definition);
        } else {
            schema.put("$ref", "#/definitions/" + definition);
        }
        JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(schema);
        Set<ValidationMessage> problems = validator.validate(answer);
        assertThat(problems).as(answer.toString()).isEmpty();
    }
}
