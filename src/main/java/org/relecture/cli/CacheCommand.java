package org.relecture.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.relecture.cache.CacheException;
import org.relecture.cache.CacheFolder;
import org.relecture.cache.CacheStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code relecture cache stats|clear}: what the result cache holds, and emptying it. */
@Command(name = "cache", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Show what the result cache holds (stats) or empty it (clear).")
final class CacheCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: try 'relecture cache stats'");
    }

    /** The folder option both subcommands take. */
    static final class Folder {
        @Option(names = "--cache-dir", paramLabel = "DIR",
                description = "The cache's folder (default: $XDG_CACHE_HOME/relecture, else ~/.cache/relecture).")
        Path folder;

        Path resolve() {
            return folder != null ? folder : new CacheOptions().folder(System.getenv());
        }
    }

    @Command(name = "stats", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Where the cache is, how many documents it holds, its size, and what the latest setting "
                    + "changed from the one before (why a run found nothing cached).")
    static final class Stats implements Callable<Integer> {
        private final Io io;

        @picocli.CommandLine.Mixin
        Folder folder;

        Stats(Io io) {
            this.io = io;
        }

        @Override
        public Integer call() {
            Path dir = folder.resolve();
            Optional<CacheStats> stats;
            try {
                stats = CacheFolder.stats(dir);
            } catch (CacheException e) {
                io.err().println("relecture: cache " + e.getMessage() + " (relecture cache clear starts it anew)");
                return ExitCode.USAGE_OR_INPUT;
            }
            PrintStream out = io.out();
            if (stats.isEmpty()) {
                out.println("no cache in " + dir);
            } else {
                print(stats.get(), out);
            }
            out.flush();
            return ExitCode.OK;
        }

        private static void print(CacheStats s, PrintStream out) {
            out.println("cache:     " + s.file());
            out.println("documents: " + s.documents() + " (" + megabytes(s.entryBytes()) + " of entries)");
            out.println("on disk:   " + megabytes(s.diskBytes()));
            out.println("settings:  " + s.settings());
            if (!s.latestChanges().isEmpty()) {
                out.println("the latest setting changed from the one before: " + String.join("; ", s.latestChanges()));
            }
        }

        private static String megabytes(long bytes) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
        }
    }

    @Command(name = "clear", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Empty the cache (a damaged cache file is deleted); runs sharing it meanwhile are waited for.")
    static final class Clear implements Callable<Integer> {
        private final Io io;

        @picocli.CommandLine.Mixin
        Folder folder;

        Clear(Io io) {
            this.io = io;
        }

        @Override
        public Integer call() {
            Path dir = folder.resolve();
            try {
                boolean cleared = CacheFolder.clear(dir);
                io.err().println("relecture: " + (cleared ? "cache cleared in " : "no cache in ") + dir);
                return ExitCode.OK;
            } catch (CacheException e) {
                io.err().println("relecture: cache " + e.getMessage());
                return ExitCode.USAGE_OR_INPUT;
            }
        }
    }
}
