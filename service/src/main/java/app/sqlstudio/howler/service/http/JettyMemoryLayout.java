package app.sqlstudio.howler.service.http;

import com.sun.management.HotSpotDiagnosticMXBean;

import java.lang.management.ManagementFactory;

/**
 * Jetty 12 sizes the padding of its request queue ({@code BlockingArrayQueue}) by how many object references fit in a
 * cache line. Unless told by the system property {@value #PROPERTY}, it asks the platform MBean server whether the JVM
 * uses compressed references; building that server registers every platform MXBean, which on a cold JVM was the largest
 * single cost of Javalin 7's start-up on the request thread (BENCHMARKS.md, service start-up). The same answer comes
 * from the one diagnostic MXBean, without the server: this sets the property to what Jetty would have computed, before
 * Jetty's first thread pool is built. An operator's own value (or a cache-line size, which changes the sum) is kept.
 */
public final class JettyMemoryLayout {
    static final String PROPERTY = "org.eclipse.jetty.util.referencesPerCacheLine";
    private static final String CACHE_LINE_PROPERTY = "org.eclipse.jetty.util.cacheLineBytes";
    /** Jetty's default cache line, in bytes. */
    private static final int CACHE_LINE_BYTES = 64;

    private JettyMemoryLayout() {
    }

    public static void preset() {
        if (System.getProperty(PROPERTY) != null || System.getProperty(CACHE_LINE_PROPERTY) != null) return;
        Integer perLine = referencesPerCacheLine();
        if (perLine != null) System.setProperty(PROPERTY, Integer.toString(perLine));
    }

    /** 16 with compressed (4-byte) references, 8 without; null when the JVM does not say (Jetty then asks itself). */
    static Integer referencesPerCacheLine() {
        try {
            HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (hotSpot == null) return null;
            boolean compressed = Boolean.parseBoolean(hotSpot.getVMOption("UseCompressedOops").getValue());
            return CACHE_LINE_BYTES / (compressed ? Integer.BYTES : Long.BYTES);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
