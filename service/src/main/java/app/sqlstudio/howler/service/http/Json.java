package app.sqlstudio.howler.service.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

import java.io.IOException;

/** The service's one ObjectMapper and request-body helpers that turn bad JSON into a 400. */
public final class Json {
    private Json() {
    }

    public static ObjectMapper mapper() {
        ObjectMapper m = JsonMapper.builder()
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .build();
        m.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
        return m;
    }

    /** The body as a JSON object; 400 {@code invalid request body} when it is empty, not JSON, or not an object. */
    public static ObjectNode object(Context ctx, ObjectMapper mapper) {
        byte[] body = Requests.body(ctx);
        if (body.length == 0) throw ApiException.badRequest("invalid request body");
        try {
            JsonNode n = mapper.readTree(body);
            if (n == null || !n.isObject()) throw ApiException.badRequest("invalid request body: a JSON object is expected");
            return (ObjectNode) n;
        } catch (IOException e) {
            throw ApiException.badRequest("invalid request body");
        }
    }

    /** A text field, or null when absent or null; 400 when present with another type. */
    public static String text(JsonNode obj, String field) {
        JsonNode v = obj.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) throw ApiException.badRequest(field + " must be a string");
        return v.asText();
    }

    public static Integer integer(JsonNode obj, String field) {
        JsonNode v = obj.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isIntegralNumber() || !v.canConvertToInt()) throw ApiException.badRequest(field + " must be an integer");
        return v.intValue();
    }
}
