package app.sqlstudio.howler.stack.app;

import app.sqlstudio.howler.stack.config.StackConfig;
import com.pulumi.core.Output;
import java.util.Objects;

/** What {@link FrontendWorkload} needs: where it runs, which image, and its sizing from config. */
public record FrontendWorkloadArgs(String namespace, String environment, Output<String> image,
                                   StackConfig.Frontend frontend, StackConfig.App app) {
    public FrontendWorkloadArgs {
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(frontend, "frontend");
    }
}
