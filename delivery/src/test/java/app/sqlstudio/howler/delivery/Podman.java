package app.sqlstudio.howler.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * podman with the settings of {@code delivery/images/containers.conf} (or {@code HOWLER_CONTAINERS_CONF}), for the
 * image tests. Every container and volume
 * it makes is named {@code howler-imgtest-<pid>-…} and removed by {@link #close()}, and by a shutdown hook if the test
 * JVM is stopped first.
 */
final class Podman implements AutoCloseable {

    private static final Duration COMMAND_LIMIT = Duration.ofMinutes(3);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String prefix = "howler-imgtest-" + ProcessHandle.current().pid() + "-";
    private final List<String> containers = Collections.synchronizedList(new ArrayList<>());
    private final List<String> volumes = Collections.synchronizedList(new ArrayList<>());
    private final Thread cleanupHook = new Thread(this::removeAll, "podman-cleanup");
    private int counter;

    Podman() {
        Runtime.getRuntime().addShutdownHook(cleanupHook);
    }

    /** Runs podman; the result whatever its exit code. */
    Proc run(List<String> args) {
        List<String> command = new ArrayList<>();
        command.add("podman");
        command.addAll(args);
        String conf = System.getenv().getOrDefault("HOWLER_CONTAINERS_CONF",
                Repo.root().resolve("delivery/images/containers.conf").toString());
        return Proc.run(Repo.root(), Map.of("CONTAINERS_CONF", conf), null, command, COMMAND_LIMIT);
    }

    /** Runs podman and asserts it succeeded; its standard output. */
    String ok(String... args) {
        Proc p = run(List.of(args));
        assertThat(p.exit()).as("podman %s\n%s", String.join(" ", args), p.all()).isZero();
        return p.stdout().strip();
    }

    synchronized String name(String what) {
        return prefix + what + "-" + (++counter);
    }

    /** A new named volume, removed on close. */
    String volume(String what) {
        String name = name(what);
        volumes.add(name);
        ok("volume", "create", name);
        return name;
    }

    /** Starts a container detached; removed on close. */
    Container start(String what, List<String> options, String image, String... command) {
        String name = name(what);
        containers.add(name);
        List<String> args = new ArrayList<>(List.of("run", "-d", "--name", name));
        args.addAll(options);
        args.add(image);
        args.addAll(List.of(command));
        ok(args.toArray(String[]::new));
        return new Container(this, name);
    }

    /** Runs a container to completion (as a Job runs its pod), removing it afterwards; its exit code and output. */
    Proc runToEnd(String what, List<String> options, String image, String... command) {
        String name = name(what);
        containers.add(name);
        List<String> args = new ArrayList<>(List.of("run", "--name", name));
        args.addAll(options);
        args.add(image);
        args.addAll(List.of(command));
        Proc p = run(args);
        run(List.of("rm", "-f", "-t", "0", name));
        containers.remove(name);
        return p;
    }

    /**
     * What the container runtime itself changes in a container's filesystem with these options (the mount points of
     * /etc/hosts, resolv.conf and bind mounts): podman diff of a container whose command does nothing.
     */
    List<String> runtimeDiff(List<String> options, String image) {
        String name = name("baseline");
        containers.add(name);
        List<String> args = new ArrayList<>(List.of("run", "--name", name, "--entrypoint", "/bin/true"));
        args.addAll(options);
        args.add(image);
        ok(args.toArray(String[]::new));
        List<String> diff = lines(ok("diff", name));
        run(List.of("rm", "-f", "-t", "0", name));
        containers.remove(name);
        return diff;
    }

    /** podman diff of a container, less what the runtime changes with the same options: the container's own writes. */
    List<String> writesOf(Container c, List<String> options, String image) {
        List<String> diff = new ArrayList<>(lines(ok("diff", c.name())));
        diff.removeAll(runtimeDiff(options, image));
        return diff;
    }

    private static List<String> lines(String text) {
        return text.isBlank() ? List.of() : List.of(text.strip().split("\n"));
    }

    @Override
    public void close() {
        removeAll();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanupHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run
        }
    }

    private void removeAll() {
        List<String> cs;
        synchronized (containers) {
            cs = new ArrayList<>(containers);
            containers.clear();
        }
        if (!cs.isEmpty()) {
            List<String> args = new ArrayList<>(List.of("rm", "-f", "-t", "0"));
            args.addAll(cs);
            run(args);
        }
        List<String> vs;
        synchronized (volumes) {
            vs = new ArrayList<>(volumes);
            volumes.clear();
        }
        if (!vs.isEmpty()) {
            List<String> args = new ArrayList<>(List.of("volume", "rm", "-f"));
            args.addAll(vs);
            run(args);
        }
    }

    /** A free TCP port on loopback, for publishing a container port there only. */
    static int freeLoopbackPort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A running (or stopped) test container. */
    record Container(Podman podman, String name) {

        String exec(String... command) {
            List<String> args = new ArrayList<>(List.of("exec", name));
            args.addAll(List.of(command));
            return podman.ok(args.toArray(String[]::new));
        }

        Proc execResult(String... command) {
            List<String> args = new ArrayList<>(List.of("exec", name));
            args.addAll(List.of(command));
            return podman.run(args);
        }

        String logs() {
            Proc p = podman.run(List.of("logs", name));
            return p.all();
        }

        String inspect(String format) {
            return podman.ok("inspect", "--format", format, name);
        }

        String state() {
            return inspect("{{.State.Status}}");
        }

        int exitCode() {
            return Integer.parseInt(inspect("{{.State.ExitCode}}"));
        }

        /** Waits (bounded) until the container has exited; false if it is still running after the limit. */
        boolean awaitExit(Duration limit) {
            long deadline = System.nanoTime() + limit.toNanos();
            while (System.nanoTime() < deadline) {
                String s = state();
                if (s.equals("exited") || s.equals("stopped")) return true;
                sleep(100);
            }
            return false;
        }

        /** Polls GET path on a loopback port until the answer satisfies the predicate, within the limit; the answer. */
        HttpResponse<String> awaitHttp(int port, String path, Predicate<HttpResponse<String>> until, Duration limit) {
            long deadline = System.nanoTime() + limit.toNanos();
            HttpResponse<String> last = null;
            String lastError = null;
            while (System.nanoTime() < deadline) {
                try {
                    last = get(port, path, Map.of());
                    if (until.test(last)) return last;
                } catch (UncheckedIOException e) {
                    lastError = e.getCause().toString();
                }
                if (!state().equals("running")) break;
                sleep(100);
            }
            throw new AssertionError("GET " + path + " on " + name + " did not answer as expected within " + limit
                    + " (last: " + (last == null ? lastError : last.statusCode() + " " + last.body()) + "); state "
                    + state() + "; logs:\n" + logs());
        }
    }

    static HttpResponse<String> get(int port, String path, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(5)).GET();
        headers.forEach(b::header);
        return send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<byte[]> getBytes(int port, String path, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(5)).GET();
        headers.forEach(b::header);
        return send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static HttpResponse<String> post(int port, String path, String json, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(b::header);
        return send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return HTTP.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
