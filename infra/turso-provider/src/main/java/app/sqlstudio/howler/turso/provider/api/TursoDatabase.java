package app.sqlstudio.howler.turso.provider.api;

import java.util.Optional;

/**
 * A database as Turso reports it. {@code group} and {@code deleteProtection} are absent from the create reply.
 * {@code hostname} is the one to connect to; it is never built from the name, because AWS-hosted databases carry a
 * region label.
 */
public record TursoDatabase(String name, String dbId, String hostname, Optional<String> group,
                            Optional<Boolean> deleteProtection) {
}
