package rectify.cli;

import java.util.Arrays;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The headless commands as an Equinox application ({@code -application rectify.cli.application}),
 * for an installation into an Eclipse; the product's launch scripts run them without OSGi
 * ({@link Main}).
 */
public final class Application implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        return CommandLine.run(Arrays.asList(args), System.out, System.err);
    }

    @Override
    public void stop() {
        // commands are short and end by themselves
    }
}
