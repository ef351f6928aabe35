package org.herald;

import java.util.List;

/**
 * A command line task of Herald: {@code java -jar herald.jar NAME ARGS...} starts the
 * application without its web server, runs the command bean with that name, and exits with
 * the status it returns. Features contribute commands as beans (the importer's {@code import},
 * the search index's {@code reindex}).
 */
public interface HeraldCommand {

    /** The name on the command line ("import"). */
    String name();

    /** One line saying what the command does and its arguments, for the usage text. */
    String usage();

    /**
     * Runs the command.
     *
     * @param args the arguments after the command's name
     * @return the process exit status: 0 for success, 1 for a failure of the work, 2 for bad usage
     */
    int run(List<String> args);
}
