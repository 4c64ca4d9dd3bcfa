package app.sqlstudio.howler.stack.addons;

import app.sqlstudio.howler.stack.config.StackConfig;
import java.util.Objects;

/** Chart version, retention, alert thresholds and where the backend's metrics port is. */
public record MonitoringArgs(String chartVersion, String retention, String storage, StackConfig.Alerts alerts, String appNamespace,
                             String backendService) {
    public MonitoringArgs {
        Objects.requireNonNull(chartVersion, "chartVersion");
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(alerts, "alerts");
        Objects.requireNonNull(appNamespace, "appNamespace");
        Objects.requireNonNull(backendService, "backendService");
    }
}
