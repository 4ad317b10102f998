package org.unkg.cli;

import java.io.PrintWriter;

import org.unkg.UnkgException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code unkg} command line: UN documents in, a linked-data knowledge graph out.
 *
 * <pre>{@code
 * int code = new CommandLine(new Unkg()).execute("build", "corpus", "-o", "output/graph.ttl");
 * }</pre>
 */
@Command(name = "unkg", mixinStandardHelpOptions = true, version = "unkg 0.1.0", scope = CommandLine.ScopeType.INHERIT,
        description = "Turns United Nations documents (AKN4UN XML, PDF, text) into an RDF knowledge graph.",
        subcommands = {BuildCommand.class, LoadCommand.class, ValidateCommand.class, EvalCommand.class, ServeCommand.class,
                QueryCommand.class, ExportCommand.class, CommandLine.HelpCommand.class})
public class Unkg {
    @Option(names = {"-v", "--verbose"}, description = "Show stack traces of errors.", scope = CommandLine.ScopeType.INHERIT)
    boolean verbose;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** A command line with the exception handler that prints one line per error (stack trace with -v). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Unkg());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            PrintWriter err = cmd.getErr();
            boolean verbose = parsed.originalArgs().contains("-v") || parsed.originalArgs().contains("--verbose");
            if (verbose) {
                ex.printStackTrace(err);
            }
            String msg = ex instanceof UnkgException || ex instanceof IllegalArgumentException
                    ? ex.getMessage() : ex.getClass().getSimpleName() + ": " + ex.getMessage();
            err.println("unkg: " + msg);
            err.flush();
            return ex instanceof IllegalArgumentException ? 2 : 1;
        });
        return cl;
    }
}
