package app.sqlstudio.howler.service;

import app.sqlstudio.howler.service.config.Config;
import app.sqlstudio.howler.service.organizations.Mailer;
import app.sqlstudio.howler.service.storage.Database;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.function.LongSupplier;

/**
 * What {@link HowlerApi#create} needs from outside: configuration, an open (migrated) database, the meter registry,
 * the JSON mapper, the mailer, the process lifecycle and a clock (epoch millis; tests move it).
 */
public record ServiceDeps(Config config, Database db, MeterRegistry registry, ObjectMapper json, Mailer mailer,
                          Lifecycle lifecycle, LongSupplier clock) {
}
