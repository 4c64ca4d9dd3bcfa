package app.sqlstudio.howler.stack;

import com.pulumi.Pulumi;

/** Entry point of the Pulumi program: {@code pulumi up} runs this jar (see Pulumi.yaml). */
public final class HowlerProgram {

    private HowlerProgram() {
    }

    public static void main(String[] args) {
        Pulumi.run(HowlerStack::define);
    }
}
