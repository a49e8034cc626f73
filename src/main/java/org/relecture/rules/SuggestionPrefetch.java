package org.relecture.rules;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;
import org.languagetool.RuleMatchListener;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.SpellingCheckRule;

/**
 * Computes the spelling suggestions of one check's LanguageTool matches on a spare thread while
 * the check goes on, so that a check alone on the machine uses a second core for what costs it
 * most (morfologik's edit-distance search, about half its time). The check itself is unchanged:
 * each match keeps its own memoised supplier, which the check still reads where it reads it
 * today; it finds the value there, or waits for the helper that is computing it, or computes it
 * itself when the helper has not reached it. So the suggestions are the ones the check would
 * compute, only sometimes on another thread.
 *
 * <p>That is safe because LanguageTool 6.8 already computes them from several threads: its
 * French gives every JLanguageTool the same spelling rule (one per JVM, {@code
 * getDefaultSpellingRule}), so the server's workers share it under load. What computes a
 * suggestion is that rule's {@code MorfologikMultiSpeller}s (a Guava cache of suggestions per word,
 * a new morfologik {@code Speller} for each search; {@code isMisspelled} and {@code getFrequency}
 * are synchronised), the French tagger and static tables: nothing of the check's own state.
 * {@code SuggestionPrefetchTest} compares a server's answers with and without.
 *
 * <p>Order: while LanguageTool checks sentence after sentence, the helper takes the matches
 * oldest first, as they come; once the check starts reading suggestions ({@link #reading}, in
 * document order), the helper takes first those read at once (matches that overlap or touch
 * another, which the cleaning of overlaps compares), then the others, newest first, so that it and
 * the check meet instead of queueing behind each other on the same match.
 *
 * <p>A prefetch belongs to the thread that opens it, for one check, and the helper works only
 * while {@code spare} says a core is free: under load, when every worker is busy, it does
 * nothing, and the check computes its suggestions itself, as without it.
 */
public final class SuggestionPrefetch implements AutoCloseable {
    private static final ThreadLocal<SuggestionPrefetch> CURRENT = new ThreadLocal<>();
    /** Suggestions computed by a helper, for tests to see that the helper ran. */
    private static final LongAdder COMPUTED = new LongAdder();

    private final Executor helpers;
    private final BooleanSupplier spare;
    private final ConcurrentLinkedDeque<RuleMatch> pending = new ConcurrentLinkedDeque<>();
    /** What the check is about to read, once it reads. */
    private final ConcurrentLinkedDeque<RuleMatch> urgent = new ConcurrentLinkedDeque<>();
    private final AtomicBoolean helping = new AtomicBoolean();
    private volatile boolean reading;
    private volatile boolean closed;

    private SuggestionPrefetch(Executor helpers, BooleanSupplier spare) {
        this.helpers = helpers;
        this.spare = spare;
    }

    /**
     * Opens a prefetch for the checks of the calling thread until it is closed.
     *
     * @param helpers where the helper runs (its threads are not the checking ones)
     * @param spare   whether a core is free for it now; asked before each suggestion
     */
    public static SuggestionPrefetch open(Executor helpers, BooleanSupplier spare) {
        SuggestionPrefetch prefetch = new SuggestionPrefetch(helpers, spare);
        CURRENT.set(prefetch);
        return prefetch;
    }

    /** What LanguageTool should tell of each match it finds on the calling thread: null without a prefetch. */
    public static RuleMatchListener listener() {
        SuggestionPrefetch prefetch = CURRENT.get();
        return prefetch == null ? null : prefetch::found;
    }

    /**
     * The calling thread's check starts reading suggestions, first those of {@code first}, in
     * this order.
     */
    static void reading(List<RuleMatch> first) {
        SuggestionPrefetch prefetch = CURRENT.get();
        if (prefetch != null && !prefetch.closed) {
            for (RuleMatch match : first) {
                if (match.getRule() instanceof SpellingCheckRule) {
                    prefetch.urgent.addLast(match);
                }
            }
            prefetch.reading = true;
            prefetch.startHelper();
        }
    }

    /** How many suggestions helpers have computed in this JVM. */
    public static long computed() {
        return COMPUTED.sum();
    }

    /** A match LanguageTool just found: its suggestions are worth computing ahead if it is a spelling match. */
    private void found(RuleMatch match) {
        // Only the spelling rule computes suggestions lazily; the others have theirs already.
        if (closed || !(match.getRule() instanceof SpellingCheckRule)) {
            return;
        }
        pending.addLast(match);
        startHelper();
    }

    private void startHelper() {
        if (!closed && spare.getAsBoolean() && helping.compareAndSet(false, true)) {
            try {
                helpers.execute(this::help);
            } catch (RejectedExecutionException e) {
                helping.set(false); // the helpers are shut down: the check computes its own
            }
        }
    }

    private void help() {
        try {
            RuleMatch match;
            while (!closed && spare.getAsBoolean() && (match = next()) != null) {
                try {
                    match.getSuggestedReplacements();
                    COMPUTED.increment();
                } catch (RuntimeException e) {
                    // Not memoised: the check computes it again when it reads it, and meets the failure itself.
                }
            }
        } finally {
            helping.set(false);
        }
        if (!pending.isEmpty() || !urgent.isEmpty()) {
            startHelper(); // a match came in between the last poll and the flag
        }
    }

    private RuleMatch next() {
        if (!reading) {
            return pending.pollFirst();
        }
        RuleMatch match = urgent.pollLast();
        return match != null ? match : pending.pollLast();
    }

    /** Ends the prefetch: what the helper has not started is left, and the thread has none open. */
    @Override
    public void close() {
        closed = true;
        pending.clear();
        urgent.clear();
        if (CURRENT.get() == this) {
            CURRENT.remove();
        }
    }
}
