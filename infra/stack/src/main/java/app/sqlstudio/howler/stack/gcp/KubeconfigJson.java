package app.sqlstudio.howler.stack.gcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Map;

/** Serialises a kubeconfig map as JSON, which every kubeconfig reader accepts as YAML. */
final class KubeconfigJson {

    private static final ObjectMapper JSON = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private KubeconfigJson() {
    }

    static String write(Map<String, Object> kubeconfig) {
        try {
            return JSON.writeValueAsString(kubeconfig);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("kubeconfig could not be serialised", e);
        }
    }
}
