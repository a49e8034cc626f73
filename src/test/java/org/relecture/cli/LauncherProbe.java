package org.relecture.cli;

import java.lang.management.ManagementFactory;

/**
 * Stands in for relecture in {@link LauncherTest}: prints the JVM options the launcher gave it,
 * one a line, and exits with the code of its first argument after the command.
 */
public final class LauncherProbe {
    private LauncherProbe() {
    }

    public static void main(String[] args) {
        ManagementFactory.getRuntimeMXBean().getInputArguments().forEach(System.out::println);
        System.exit(args.length > 1 && args[1].matches("\\d+") ? Integer.parseInt(args[1]) : 0);
    }
}
