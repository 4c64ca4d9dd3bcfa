package app.sqlstudio.howler.service.http;

import io.javalin.security.RouteRole;

/** Who may call a route. Every route declares one; a route without a role is refused (fail closed). */
public enum Role implements RouteRole {
    /** No token needed (health, signup, login, refresh, OpenAPI). */
    PUBLIC,
    /** A valid access token of a live session. */
    USER
}
