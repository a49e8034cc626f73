package org.relecture.api;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.relecture.check.Checker;
import org.relecture.rules.CheckOptions;
import org.relecture.rules.Detector;
import org.relecture.rules.RuleLoadException;
import org.relecture.rules.files.RuleLibrary;

/**
 * The checkers of one setting, kept once built: a checker costs LanguageTool's start-up, so one
 * that a run or a check is done with waits here for the next. Thread-safe; each checker is used
 * by one thread at a time.
 */
final class Checkers {
    private final CheckOptions options;
    private final RuleLibrary library;
    private final List<Supplier<? extends Detector>> more;
    private final Queue<Checker> idle = new ConcurrentLinkedQueue<>();
    private final AtomicInteger built = new AtomicInteger();

    Checkers(CheckOptions options, RuleLibrary library, List<Supplier<? extends Detector>> more) {
        this.options = options;
        this.library = library;
        this.more = List.copyOf(more);
    }

    /** Builds a checker now, so that every rule file and list is read and compiled before any document. */
    Checker create() throws RuleLoadException {
        built.incrementAndGet();
        return Checker.create(options, library, more);
    }

    /** How many checkers this setting has built: none for a run the result cache answers whole. */
    int built() {
        return built.get();
    }

    Checker borrow() {
        Checker checker = idle.poll();
        if (checker != null) {
            return checker;
        }
        try {
            return create();
        } catch (RuleLoadException e) {
            // The same rules were compiled when the setting was built, so this is no user error.
            throw new IllegalStateException("rules that loaded once failed to load again: " + e.getMessage(), e);
        }
    }

    void giveBack(Checker checker) {
        idle.add(checker);
    }
}
