// Bare Javalin baseline for BENCHMARKS.md: the same Javalin/Jetty and the same logback config (INFO, JSON) as the
// service, serving the same constant JSON as GET /health. Not part of the shipped jar.
// Run: java -cp service/target/service.jar service/bench/HelloWorld.java <port>
import io.javalin.Javalin;

public class HelloWorld {
    public static void main(String[] args) {
        byte[] body = "{\"status\": \"healthy\", \"service\": \"backend\"}".getBytes();
        Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.routes.get("/health", ctx -> ctx.contentType("application/json").result(body));
        }).start(Integer.parseInt(args.length > 0 ? args[0] : "18600"));
    }
}
