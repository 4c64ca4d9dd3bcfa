package app.sqlstudio.howler.stack.plan;

import app.sqlstudio.howler.stack.HowlerStack;
import app.sqlstudio.howler.stack.config.ConfigProblem;
import app.sqlstudio.howler.stack.config.ConfigSource;
import app.sqlstudio.howler.stack.config.StackConfig;
import app.sqlstudio.howler.stack.config.StackConfigException;
import com.pulumi.core.Output;
import com.pulumi.core.internal.OutputData;
import com.pulumi.test.TestOptions;
import com.pulumi.test.TestResult;
import com.pulumi.test.internal.MockMonitor;
import com.pulumi.test.internal.PulumiTestInternal;
import com.pulumi.Log;
import com.pulumi.resources.Resource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import pulumirpc.Resource.RegisterResourceRequest;
import pulumirpc.Resource.RegisterResourceResponse;

/**
 * Runs the real program under Pulumi's mock engine with a stack's own configuration and records every registration
 * the engine would receive. Needs no cloud account, no credential and no {@code pulumi} binary.
 */
public final class PlanRunner {

    public static final String PROJECT = "howlerops";

    /** Long enough to pass the program's own checks; never a real credential. */
    static final String SECRET_PLACEHOLDER = "offline-plan-placeholder-not-a-real-secret-0000";

    private PlanRunner() {
    }

    /** Validates the stack's config (throwing StackConfigException listing every problem), then plans it. */
    public static synchronized PlannedStack plan(StackFile stackFile) {
        List<String> notices = new ArrayList<>();
        Map<String, String> config = new LinkedHashMap<>(stackFile.values());
        for (String key : stackFile.secureKeys()) {
            config.put(key, SECRET_PLACEHOLDER);
        }
        for (String key : StackConfig.requiredSecretKeys(stackFile.values())) {
            if (!config.containsKey(key)) {
                config.put(key, SECRET_PLACEHOLDER);
                notices.add(key + " is not set in " + stackFile.path().getFileName()
                        + "; the plan used a placeholder. Before `howler up " + stackFile.stack()
                        + "`: pulumi config set --secret " + key + " <value> --stack " + stackFile.stack());
            }
        }
        // Secrets are Pulumi secrets, never plain (docs/architecture.md "Stacks"). A plain one in the stack file is a configuration error:
        // it is already in git history, so the fix is to rotate it, not only to encrypt it.
        List<ConfigProblem> plain = new ArrayList<>();
        for (String key : StackConfig.SECRET_KEYS) {
            if (stackFile.values().containsKey(key)) {
                plain.add(new ConfigProblem(key, "stored in plain text; secrets must be Pulumi secrets: rotate it, remove "
                        + "the line and set the new value with `pulumi config set --secret " + key + " <value> --stack "
                        + stackFile.stack() + "`", null));
            }
        }
        if (!plain.isEmpty()) {
            throw new StackConfigException(stackFile.path().getFileName().toString(), plain);
        }
        StackConfig stackConfig = StackConfig.load(ConfigSource.of(config), stackFile.stack());
        return new PlannedStack(stackConfig, run(stackFile.stack(), config, stackConfig, notices));
    }

    private static Plan run(String stack, Map<String, String> config, StackConfig stackConfig, List<String> notices) {
        List<Registration> registrations = Collections.synchronizedList(new ArrayList<>());
        Logger quiet = Logger.getLogger("howler.plan");
        quiet.setUseParentHandlers(false);
        quiet.setLevel(Level.OFF);
        // A local stack has no project or zone: nothing it declares is of a type that would need them.
        MockCloud mocks = new MockCloud(stackConfig.gcp().map(StackConfig.Gcp::project).orElse("none"),
                stackConfig.edge().map(StackConfig.Edge::zone).orElse("none"));
        try {
            // a dry run, as `pulumi preview` is: the SDK leaves unknown whatever the engine does not return
            TestResult result = PulumiTestInternal.builder()
                    .options(TestOptions.builder().projectName(PROJECT).stackName(stack).preview(true).build())
                    .mocks(mocks)
                    .config(config, new java.util.HashSet<>(StackConfig.SECRET_KEYS))
                    .standardLogger(quiet)
                    .monitorDecorator(monitor -> new RecordingMonitor(mocks, registrations))
                    .build()
                    .runTest(ctx -> HowlerStack.define(ctx, stackConfig));
            if (!result.exceptions().isEmpty()) {
                Exception first = result.exceptions().get(0);
                throw new PlanFailedException("The program failed while planning stack " + stack + ": " + first.getMessage(), first);
            }
            if (!result.errors().isEmpty()) {
                throw new PlanFailedException("The engine reported errors while planning stack " + stack + ": "
                        + String.join("; ", result.errors()), null);
            }
            List<PlannedResource> resources = PlanOrder.stable(registrations.stream()
                    .sorted(java.util.Comparator.comparingInt(Registration::sequence))
                    .map(Registration::toPlanned)
                    .toList());
            return new Plan(PROJECT, stack, resources, outputs(result.outputs()), notices);
        } finally {
            PulumiTestInternal.cleanup();
        }
    }

    private static Map<String, Object> outputs(Map<String, Output<?>> outputs) {
        Map<String, Object> values = new TreeMap<>();
        outputs.forEach((name, output) -> {
            OutputData<?> data = PulumiTestInternal.extractOutputData(output);
            values.put(name, !data.isKnown() ? PlannedResource.UNKNOWN
                    : data.isSecret() ? PlannedResource.SECRET : data.getValueNullable());
        });
        return values;
    }

    /** A registration request and, once the mock engine answers, the URN it was given. */
    private static final class Registration {
        private final int sequence;
        private final RegisterResourceRequest request;
        private volatile String urn;

        Registration(int sequence, RegisterResourceRequest request) {
            this.sequence = sequence;
            this.request = request;
        }

        int sequence() {
            return sequence;
        }

        PlannedResource toPlanned() {
            String parent = request.getParent().isEmpty() ? null : request.getParent();
            return new PlannedResource(urn, request.getType(), request.getName(), parent, request.getProtect(),
                    StructValues.toMap(request.getObject()), List.copyOf(request.getDependenciesList()),
                    request.getImportId().isEmpty() ? null : request.getImportId());
        }
    }

    /** Mock monitor that records each RegisterResourceRequest: Mocks alone never see parent, protect or secrets. */
    private static final class RecordingMonitor extends MockMonitor {
        private final List<Registration> registrations;

        RecordingMonitor(MockCloud mocks, List<Registration> registrations) {
            super(mocks, PulumiTestInternal.mockLog(Logger.getLogger("howler.plan")));
            this.registrations = registrations;
        }

        @Override
        public CompletableFuture<RegisterResourceResponse> registerResourceAsync(Resource resource,
                                                                                 RegisterResourceRequest request) {
            Registration registration;
            synchronized (registrations) {
                registration = new Registration(registrations.size(), request);
                registrations.add(registration);
            }
            return super.registerResourceAsync(resource, request).thenApply(response -> {
                registration.urn = response.getUrn();
                return response;
            });
        }
    }

    /** The program threw or the engine logged an error while planning. */
    public static final class PlanFailedException extends RuntimeException {
        public PlanFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
