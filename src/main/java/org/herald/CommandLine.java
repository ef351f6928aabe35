package org.herald;

import java.util.Arrays;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs a {@link HeraldCommand}: the application starts without a web server (the database is
 * migrated, the seed and the first account created as on any start), the command runs, and the
 * process exits with the command's status.
 */
final class CommandLine {

    static final int USAGE = 2;

    private CommandLine() {
    }

    /** Whether the arguments ask for a command rather than the web application. */
    static boolean isCommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("-");
    }

    static int run(SpringApplication application, String[] args) {
        application.setWebApplicationType(WebApplicationType.NONE);
        // Standard output belongs to the command (import --json prints JSON there); the log goes
        // to standard error. Logback's console appender writes to whatever System.out is.
        System.setOut(System.err);
        String name = args[0];
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        String[] springArgs = rest.stream().filter(arg -> arg.startsWith("--herald.") || arg.startsWith("--spring."))
                .toArray(String[]::new);
        try (ConfigurableApplicationContext context = application.run(springArgs)) {
            List<HeraldCommand> commands = context.getBeansOfType(HeraldCommand.class).values().stream().toList();
            return commands.stream()
                    .filter(command -> command.name().equals(name))
                    .findFirst()
                    .map(command -> command.run(rest.stream().filter(arg -> !springArgs(arg)).toList()))
                    .orElseGet(() -> usage(name, commands));
        }
    }

    private static boolean springArgs(String arg) {
        return arg.startsWith("--herald.") || arg.startsWith("--spring.");
    }

    private static int usage(String unknown, List<HeraldCommand> commands) {
        System.err.println("Unknown command '" + unknown + "'. Usage: java -jar herald.jar [COMMAND ARGS...]");
        commands.forEach(command -> System.err.println("  " + command.name() + "  " + command.usage()));
        return USAGE;
    }
}
