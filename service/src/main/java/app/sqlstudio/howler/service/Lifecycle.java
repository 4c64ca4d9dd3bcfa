package app.sqlstudio.howler.service;

/** Process state shared by the readiness probe and shutdown: once draining, /health/ready answers 503. */
public final class Lifecycle {
    private volatile boolean draining;

    public boolean draining() {
        return draining;
    }

    public void startDraining() {
        draining = true;
    }
}
