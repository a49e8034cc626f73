package org.relecture.cli;

import java.util.logging.LogManager;

/**
 * Keeps library logging off the terminal unless asked for. LanguageTool and OpenNLP log through
 * SLF4J (bound to slf4j-simple, which writes to stderr) and some dependencies through
 * java.util.logging; both are silenced before any of those libraries is loaded.
 */
final class Logging {
    private Logging() {
    }

    static void configure(boolean verbose) {
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "off");
        System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
        java.util.logging.Level julLevel = verbose ? java.util.logging.Level.INFO : java.util.logging.Level.OFF;
        java.util.logging.Logger root = LogManager.getLogManager().getLogger("");
        root.setLevel(julLevel);
        for (java.util.logging.Handler h : root.getHandlers()) {
            h.setLevel(julLevel);
        }
    }
}
