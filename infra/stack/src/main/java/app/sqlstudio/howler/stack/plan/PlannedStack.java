package app.sqlstudio.howler.stack.plan;

import app.sqlstudio.howler.stack.config.StackConfig;

/** A stack's validated configuration and the plan of it. */
public record PlannedStack(StackConfig config, Plan plan) { }
