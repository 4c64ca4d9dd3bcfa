package app.sqlstudio.howler.cli.support;

import app.sqlstudio.howler.stack.plan.StackFile;
import java.nio.file.Files;
import java.nio.file.Path;

/** Which stacks need their name typed (or {@code --confirm STACK}) before they are destroyed or removed. */
public final class Protection {

    private Protection() {
    }

    /** prod always; any stack whose file says {@code howler:protect: true}. */
    public static boolean isProtected(Path projectDir, String stack) {
        if (stack.equals("prod")) {
            return true;
        }
        if (!Files.isRegularFile(StackFile.pathOf(projectDir, stack))) {
            return false;
        }
        return "true".equalsIgnoreCase(StackFile.load(projectDir, stack).values().get("howler:protect"));
    }
}
