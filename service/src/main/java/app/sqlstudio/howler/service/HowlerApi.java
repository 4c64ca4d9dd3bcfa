package app.sqlstudio.howler.service;

import app.sqlstudio.howler.service.account.AccountHandler;
import app.sqlstudio.howler.service.account.AccountRepository;
import app.sqlstudio.howler.service.account.AccountService;
import app.sqlstudio.howler.service.auth.AuthHandler;
import app.sqlstudio.howler.service.auth.AuthMetrics;
import app.sqlstudio.howler.service.auth.AuthService;
import app.sqlstudio.howler.service.auth.LoginAttemptRepository;
import app.sqlstudio.howler.service.auth.LoginLockout;
import app.sqlstudio.howler.service.auth.MfaHandler;
import app.sqlstudio.howler.service.auth.MfaRepository;
import app.sqlstudio.howler.service.auth.MfaSecretCipher;
import app.sqlstudio.howler.service.auth.MfaService;
import app.sqlstudio.howler.service.auth.PasswordHasher;
import app.sqlstudio.howler.service.auth.SessionGuard;
import app.sqlstudio.howler.service.auth.SessionRepository;
import app.sqlstudio.howler.service.auth.TokenService;
import app.sqlstudio.howler.service.auth.UserRepository;
import app.sqlstudio.howler.service.config.Config;
import app.sqlstudio.howler.service.health.HealthHandler;
import app.sqlstudio.howler.service.http.ErrorResponses;
import app.sqlstudio.howler.service.http.HttpMetrics;
import app.sqlstudio.howler.service.http.JsonErrorHandler;
import app.sqlstudio.howler.service.http.RequestPipeline;
import app.sqlstudio.howler.service.http.Role;
import app.sqlstudio.howler.service.organizations.AuditLogRepository;
import app.sqlstudio.howler.service.organizations.InvitationHandler;
import app.sqlstudio.howler.service.organizations.InvitationRepository;
import app.sqlstudio.howler.service.organizations.OrganizationHandler;
import app.sqlstudio.howler.service.organizations.OrganizationRepository;
import app.sqlstudio.howler.service.organizations.OrganizationService;
import app.sqlstudio.howler.service.sync.DownloadPageCache;
import app.sqlstudio.howler.service.sync.SyncHandler;
import app.sqlstudio.howler.service.sync.SyncRepository;
import app.sqlstudio.howler.service.sync.SyncService;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.event.HandlerMetaInfo;
import io.javalin.json.JavalinJackson;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static io.javalin.apibuilder.ApiBuilder.delete;
import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;
import static io.javalin.apibuilder.ApiBuilder.put;

/**
 * Builds the API as an unstarted {@link Javalin}: every route, with its role, is declared in {@link #routes}; the
 * request pipeline enforces roles, limits and headers; {@link ErrorResponses} owns the error contract.
 */
public final class HowlerApi {
    private static final Logger LOG = LoggerFactory.getLogger(HowlerApi.class);

    /** A registered route, for the OpenAPI completeness test. */
    public record RouteInfo(String method, String path, String role) {
    }

    private HowlerApi() {
    }

    public static Javalin create(ServiceDeps deps) {
        return create(deps, new CopyOnWriteArrayList<>(), routes -> {
        });
    }

    private static QueuedThreadPool requestThreads(int max) {
        QueuedThreadPool pool = new QueuedThreadPool(max, Math.min(8, max), 60_000);
        pool.setName("http");
        return pool;
    }

    /**
     * As {@link #create(ServiceDeps)}, recording every registered route into {@code catalog}; {@code extraRoutes} may
     * add routes (tests): Javalin 7 takes routes only while the app is configured, never once it is created.
     */
    public static Javalin create(ServiceDeps deps, List<RouteInfo> catalog, Consumer<RoutesConfig> extraRoutes) {
        Config config = deps.config();
        var db = deps.db();
        var clock = deps.clock();
        var registry = deps.registry();
        var json = deps.json();

        UserRepository users = UserRepository.sql();
        SessionRepository sessions = SessionRepository.sql();
        OrganizationRepository orgRepo = OrganizationRepository.sql();
        TokenService tokens = new TokenService(config.jwtSecret(), config.jwtSecretPrevious(), config.accessTokenTtl(), config.refreshTokenTtl(), clock);
        SessionGuard guard = new SessionGuard(db, sessions, users, clock, 1_000);
        AuthMetrics authMetrics = new AuthMetrics(registry);
        PasswordHasher hasher = new PasswordHasher(config.passwordHashing());
        LoginAttemptRepository attempts = LoginAttemptRepository.sql();
        LoginLockout lockout = new LoginLockout(db, attempts, authMetrics, config.loginMaxFailures(), config.loginLockoutWindow(), clock);
        MfaRepository mfaRepo = MfaRepository.sql();
        AuditLogRepository auditRepo = AuditLogRepository.sql();
        MfaService mfaService = new MfaService(db, mfaRepo, users, auditRepo, hasher, lockout,
                new MfaSecretCipher(config.jwtSecret(), config.jwtSecretPrevious()), guard, authMetrics, clock);
        AuthService authService = new AuthService(db, users, sessions, attempts, lockout, mfaRepo, mfaService, hasher,
                tokens, guard, authMetrics, clock);
        SyncService syncService = new SyncService(db, SyncRepository.sql(), orgRepo, json, clock, registry,
                new DownloadPageCache(config.syncPageCacheMb() * 1024L * 1024L, registry));
        OrganizationService orgService = new OrganizationService(db, orgRepo, InvitationRepository.sql(), auditRepo, users,
                deps.mailer(), json, config.appUrl(), clock);

        AccountService accountService = new AccountService(db, AccountRepository.sql(), users, auditRepo, hasher, lockout, mfaService, guard,
                authMetrics, clock);

        HealthHandler health = new HealthHandler(db, deps.lifecycle());
        AuthHandler auth = new AuthHandler(authService, json);
        MfaHandler mfa = new MfaHandler(mfaService, json);
        AccountHandler account = new AccountHandler(accountService, json, clock);
        SyncHandler sync = new SyncHandler(syncService, json);
        OrganizationHandler organizations = new OrganizationHandler(orgService, json);
        InvitationHandler invitations = new InvitationHandler(orgService);
        byte[] openApi = openApiDocument();

        HttpMetrics httpMetrics = new HttpMetrics(registry);
        RequestPipeline pipeline = new RequestPipeline(config, tokens, guard, authMetrics, httpMetrics, clock);
        ErrorResponses errors = new ErrorResponses(json);

        ScheduledExecutorService housekeeping = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "housekeeping");
            t.setDaemon(true);
            return t;
        });
        return Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.startupWatcherEnabled = false;
            cfg.http.prefer405over404 = true;
            cfg.http.maxRequestSize = config.maxBodyBytes();
            cfg.http.defaultContentType = "application/json";
            cfg.router.ignoreTrailingSlashes = true;
            cfg.jsonMapper(new JavalinJackson(json, false));
            // Javalin 7 lets Jetty pass ambiguous paths (encoded '/' or '..' segments) through to the router; the API has no
            // use for them, so they stay refused as under Javalin 6 (400, answered by JsonErrorHandler).
            cfg.jetty.modifyHttpConfiguration(http -> http.setUriCompliance(UriCompliance.RFC3986));
            cfg.jetty.modifyServer(server -> {
                server.setStopTimeout(config.shutdownTimeout().toMillis());
                // The servlet context Javalin runs in has no error handler of its own: Jetty falls back to this one.
                server.setErrorHandler(new JsonErrorHandler(json));
            });
            // Requests on SQLite are CPU-bound: a few threads serving a queue in order keep p99 low, where Jetty's 200
            // threads time-sliced over two cores made every request wait behind all the others (see BENCHMARKS.md).
            cfg.jetty.threadPool = requestThreads(config.serverMaxThreads());
            cfg.requestLogger.http(pipeline::finished);
            cfg.events.handlerAdded(meta -> catalog.add(check(meta)));
            cfg.events.serverStarted(() -> housekeeping.scheduleWithFixedDelay(() -> {
                try {
                    authService.purge();
                } catch (RuntimeException e) {
                    LOG.warn("hourly purge of sessions and login attempts failed: {}", e.toString());
                }
                try {
                    int resealed = mfaService.resealAfterRotation();
                    if (resealed > 0) LOG.info("re-sealed {} TOTP secrets with the current JWT_SECRET", resealed);
                } catch (RuntimeException e) {
                    LOG.warn("re-sealing TOTP secrets after a JWT secret rotation failed: {}", e.toString());
                }
            }, 1, 60, TimeUnit.MINUTES));
            cfg.events.serverStopped(housekeeping::shutdownNow);
            cfg.routes.before(pipeline::before);
            cfg.routes.beforeMatched(pipeline::authorize);
            errors.register(cfg.routes);
            extraRoutes.accept(cfg.routes);
            cfg.routes.apiBuilder(() -> {
                get("/health", health::health, Role.PUBLIC);
                get("/health/ready", health::ready, Role.PUBLIC);
                get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi), Role.PUBLIC);
                path("/api/auth", () -> {
                    post("/signup", auth::signup, Role.PUBLIC);
                    post("/login", auth::login, Role.PUBLIC);
                    post("/login/mfa", auth::loginMfa, Role.PUBLIC);
                    post("/refresh", auth::refresh, Role.PUBLIC);
                    post("/logout", auth::logout, Role.USER);
                    get("/me", auth::me, Role.USER);
                    get("/profile", auth::me, Role.USER);
                    post("/password", auth::changePassword, Role.USER);
                    post("/mfa/setup", mfa::setup, Role.USER);
                    post("/mfa/enable", mfa::enable, Role.USER);
                    post("/mfa/disable", mfa::disable, Role.USER);
                });
                path("/api/account", () -> {
                    get("/export", account::export, Role.USER);
                    delete(account::delete, Role.USER);
                });
                path("/api/sync", () -> {
                    post("/upload", sync::upload, Role.USER);
                    get("/download", sync::download, Role.USER);
                    get("/conflicts", sync::conflicts, Role.USER);
                    post("/conflicts/{id}/resolve", sync::resolve, Role.USER);
                });
                path("/api/organizations", () -> {
                    post(organizations::create, Role.USER);
                    get(organizations::list, Role.USER);
                    path("/{id}", () -> {
                        get(organizations::get, Role.USER);
                        put(organizations::update, Role.USER);
                        delete(organizations::delete, Role.USER);
                        get("/members", organizations::members, Role.USER);
                        put("/members/{userId}", organizations::updateMember, Role.USER);
                        put("/members/{userId}/role", organizations::updateMember, Role.USER);
                        delete("/members/{userId}", organizations::removeMember, Role.USER);
                        post("/invitations", organizations::invite, Role.USER);
                        get("/invitations", organizations::invitations, Role.USER);
                        delete("/invitations/{inviteId}", organizations::revokeInvitation, Role.USER);
                        get("/audit-logs", organizations::auditLogs, Role.USER);
                    });
                });
                path("/api/invitations", () -> {
                    get(invitations::mine, Role.USER);
                    get("/pending", invitations::mine, Role.USER);
                    post("/{id}/accept", invitations::accept, Role.USER);
                    post("/{id}/decline", invitations::decline, Role.USER);
                });
            });
        });
    }

    private static RouteInfo check(HandlerMetaInfo meta) {
        String type = meta.getHttpMethod().name();
        boolean endpoint = !type.startsWith("BEFORE") && !type.startsWith("AFTER");
        String role = meta.getRoles().stream().map(Object::toString).findFirst().orElse(null);
        if (endpoint && role == null) {
            throw new IllegalStateException("route " + type + " " + meta.getPath() + " declares no role: add Role.PUBLIC or Role.USER");
        }
        return new RouteInfo(type, meta.getPath(), role);
    }

    private static byte[] openApiDocument() {
        try (InputStream in = HowlerApi.class.getResourceAsStream("/openapi.json")) {
            if (in == null) throw new IllegalStateException("openapi.json missing from the classpath");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
