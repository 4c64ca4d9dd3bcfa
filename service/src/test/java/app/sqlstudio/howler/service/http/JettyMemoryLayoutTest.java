package app.sqlstudio.howler.service.http;

import org.junit.jupiter.api.Test;

import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import java.lang.management.ManagementFactory;

import static org.assertj.core.api.Assertions.assertThat;

class JettyMemoryLayoutTest {
    @Test
    void presetsWhatJettyWouldAskThePlatformMBeanServerFor() throws Exception {
        // Jetty's own question (MemoryUtils), asked the slow way: compressed references -> 64 / 4, else 64 / 8
        Object answer = ManagementFactory.getPlatformMBeanServer().invoke(ObjectName.getInstance("com.sun.management:type=HotSpotDiagnostic"),
                "getVMOption", new Object[] {"UseCompressedOops"}, new String[] {"java.lang.String"});
        boolean compressed = Boolean.parseBoolean((String) ((CompositeData) answer).get("value"));

        assertThat(JettyMemoryLayout.referencesPerCacheLine()).isEqualTo(compressed ? 16 : 8);
    }
}
