package org.weimin.intake.api;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.ws.rs.core.Response;

/**
 * Writes GeoReport v2 answers in the two formats the specification names: XML (required) and JSON. Both
 * come from the same lists of ordered fields, so they never disagree.
 */
public final class Open311Writer {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Exactly as the GeoReport contract writes them; some clients compare the header as a string. */
    static final String JSON_UTF8 = "application/json; charset=utf-8";
    static final String XML = "text/xml; charset=utf-8";

    private Open311Writer() {
    }

    /**
     * @param root the XML root element, e.g. {@code service_requests}
     * @param item the XML element of each entry, e.g. {@code request}
     */
    static Response list(int status, String format, String root, String item, List<Map<String, Object>> entries) {
        return "xml".equals(format)
                ? Response.status(status).header("Content-Type", XML).entity(xml(root, item, entries)).build()
                : Response.status(status).header("Content-Type", JSON_UTF8).entity(json(entries)).build();
    }

    static Response single(String format, String root, Map<String, Object> entry) {
        return "xml".equals(format)
                ? Response.ok(xml(null, root, List.of(entry))).header("Content-Type", XML).build()
                : Response.ok(json(entry)).header("Content-Type", JSON_UTF8).build();
    }

    /** The errors array the specification returns with every 4xx answer. */
    public static Response errors(int status, String format, String description) {
        return list(status, "xml".equals(format) ? "xml" : "json", "errors", "error",
                List.of(Map.of("code", status, "description", description)));
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String xml(String root, String item, List<Map<String, Object>> entries) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("utf-8", "1.0");
            if (root != null) {
                xml.writeStartElement(root);
            }
            for (Map<String, Object> entry : entries) {
                writeElement(xml, item, entry);
            }
            if (root != null) {
                xml.writeEndElement();
            }
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    /** Leaves out what XML 1.0 cannot carry (control characters, halves of surrogate pairs). */
    private static String xmlSafe(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF).forEach(safe::appendCodePoint);
        return safe.toString();
    }

    @SuppressWarnings("unchecked")
    private static void writeElement(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
        xml.writeStartElement(name);
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<String, Object> field : ((Map<String, Object>) map).entrySet()) {
                if (field.getValue() instanceof List<?> list) {
                    xml.writeStartElement(field.getKey());
                    String child = field.getKey().endsWith("s") ? field.getKey().substring(0, field.getKey().length() - 1) : "item";
                    for (Object element : list) {
                        writeElement(xml, child, element);
                    }
                    xml.writeEndElement();
                } else if (field.getValue() != null) {
                    writeElement(xml, field.getKey(), field.getValue());
                }
            }
        } else if (value != null) {
            xml.writeCharacters(xmlSafe(value.toString()));
        }
        xml.writeEndElement();
    }
}
