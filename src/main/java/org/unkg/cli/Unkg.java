package org.unkg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.apache.jena.sys.JenaSystem;

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
        description = "Turns United Nations documents (AKN4UN XML, PDF, text) into an RDF knowledge graph.")
public class Unkg {
    /** The subcommands, in the order of the usage help. */
    private static final List<Class<?>> COMMANDS = List.of(BuildCommand.class, LoadCommand.class,
            ValidateCommand.class, EvalCommand.class, ServeCommand.class, QueryCommand.class, ExportCommand.class,
            CommandLine.HelpCommand.class);

    @Option(names = {"-v", "--verbose"}, description = "Show stack traces of errors.", scope = CommandLine.ScopeType.INHERIT)
    boolean verbose;

    public static void main(String[] args) {
        CompletableFuture<Void> jena = args.length > 0 && args[0].equals("serve") ? initialiseJena() : null;
        CommandLine cl = commandLine(args);
        if (jena != null) {
            ((ServeCommand) cl.getSubcommands().get("serve").getCommand()).jenaReady = jena;
        }
        System.exit(cl.execute(args));
    }

    /**
     * Jena's initialisation (every subsystem, about half a second) on another core while picocli
     * reads the command line, another third of a second. The command waits for it before it
     * touches any Jena class, so no class is ever initialised by two threads at once.
     */
    private static CompletableFuture<Void> initialiseJena() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                JenaSystem.init();
                done.complete(null);
            } catch (Throwable e) {
                done.completeExceptionally(e); // the command meets the same failure where it first uses Jena
            }
        }, "jena-init");
        t.setDaemon(true);
        t.start();
        return done;
    }

    /** A command line with every subcommand and the exception handler that prints one line per error (stack trace with -v). */
    public static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * {@link #commandLine()} for these arguments: when the first one names a subcommand (other than
     * {@code help}, which describes the others), only that one is set up. picocli builds the model of every registered command by reflection when the
     * command line is made, a fifth of a second before {@code unkg serve} can start its server;
     * the usage and errors of the command run are the same either way.
     */
    static CommandLine commandLine(String... args) {
        Class<?> only = args.length > 0 ? named(args[0]) : null;
        CommandLine cl = new CommandLine(new Unkg());
        for (Class<?> c : COMMANDS) {
            if (only == null || c == only) {
                cl.addSubcommand(c);
            }
        }
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

    /** The subcommand called {@code name} (or one of its aliases), {@code help} excepted; null when there is none. */
    private static Class<?> named(String name) {
        for (Class<?> c : COMMANDS) {
            if (c == CommandLine.HelpCommand.class) {
                continue;
            }
            Command a = c.getAnnotation(Command.class);
            if (a.name().equals(name) || List.of(a.aliases()).contains(name)) {
                return c;
            }
        }
        return null;
    }
}
