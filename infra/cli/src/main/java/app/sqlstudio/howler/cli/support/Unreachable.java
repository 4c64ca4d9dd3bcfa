package app.sqlstudio.howler.cli.support;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * Network failures in words: {@code java.net.http} reports a refused connection as a bare {@code ConnectException}
 * with no message, so printing the exception shows a class name. This names the host and port, what happened, and
 * leaves the fix to the caller, who knows which option or variable holds the URL.
 */
public final class Unreachable {

    private Unreachable() {
    }

    /** {@code host:port}, with the scheme's default port when the URL has none. */
    public static String hostPort(URI url) {
        int port = url.getPort() >= 0 ? url.getPort() : "http".equalsIgnoreCase(url.getScheme()) ? 80 : 443;
        return url.getHost() + ":" + port;
    }

    /** What went wrong, in words, when {@code e} is a failure to reach the server at all; empty otherwise. */
    public static Optional<String> cause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpConnectTimeoutException) {
                return Optional.of("connection timed out");
            }
            if (t instanceof HttpTimeoutException || t instanceof SocketTimeoutException) {
                return Optional.of("no answer before the timeout");
            }
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return Optional.of("unknown host");
            }
            if (t instanceof NoRouteToHostException) {
                return Optional.of("no route to host");
            }
            if (t instanceof ConnectException) {
                return Optional.of(t.getMessage() != null && t.getMessage().toLowerCase().contains("timed out")
                        ? "connection timed out" : "connection refused");
            }
            if (t instanceof SSLException) {
                return Optional.of("TLS handshake failed" + (t.getMessage() == null ? "" : " (" + t.getMessage() + ")"));
            }
            if (t instanceof EOFException) {
                return Optional.of("the server closed the connection");
            }
        }
        return Optional.empty();
    }

    /** "cannot reach host:port: cause", or for any other failure its message (never just a class name). */
    public static String describe(URI url, Throwable e) {
        // java.net.http's connect timeout also covers the TLS handshake, so over https it may be either.
        return cause(e).map(c -> "https".equalsIgnoreCase(url.getScheme()) && c.equals("connection timed out")
                        ? "connection or TLS handshake timed out" : c)
                .map(c -> "cannot reach " + hostPort(url) + ": " + c).orElseGet(() -> message(e));
    }

    /** The first message along the cause chain, else the exception's simple class name. */
    public static String message(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage();
            }
        }
        return e.getClass().getSimpleName();
    }
}
