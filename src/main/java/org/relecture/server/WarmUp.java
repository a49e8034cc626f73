package org.relecture.server;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.languagetool.JLanguageTool;
import org.languagetool.rules.IncorrectExample;
import org.languagetool.rules.Rule;
import org.relecture.text.WordCounter;

/**
 * The checks a server runs before it says it is ready. Building the workers and checking one
 * sample leaves the code of a request cold: the JIT compiles a method only after it ran many
 * times, so the first requests took several times the steady latency. Here varied texts go to the
 * server's own port as {@code POST /v2/check} ({@link LoopbackChecks}), so that what a request
 * runs is warm, HTTP, form decoding and the JSON answer included, not only the check. The texts
 * are LanguageTool's own examples of errors, a few hundred words each, so that most rules match
 * somewhere and their suggestion code runs too; every other one has some of its words misspelt
 * ({@link Misspellings}), as a real paragraph has, so that the search for spelling suggestions is
 * compiled on the kind of words it gets.
 *
 * <p>The checks go in rounds until the JIT has caught up: a round during which the compiler spent
 * less than {@link #SETTLED} of the round's time compiling means that most of what the requests
 * run is compiled, and further rounds would mostly delay the ready server (LanguageTool is large
 * enough that the JIT still compiles now and then for minutes). The budget bounds it: no check
 * starts after it.
 */
final class WarmUp {
    /** About the length of a paragraph an editor sends. */
    private static final int WORDS = 300;
    /** Checks in a round: enough that one round's compile time says something. */
    static final int ROUND = 8;
    /** The share of a round's time the compiler may still spend once the code is compiled. */
    static final double SETTLED = 0.5;
    private static final long MISSPELLINGS_SEED = 13;
    /** LanguageTool's French words beyond its dictionary: names and brands, most of them. */
    private static final String EXTRA_WORDS = "/fr/hunspell/spelling.txt";
    private static final Pattern NAME = Pattern.compile("\\p{Lu}\\p{L}{2,}");

    /** One check of a text, whose failure fails the warm-up. */
    interface Sender {
        void check(String text) throws Exception;
    }

    /** The time the JIT has spent compiling so far (ms, summed over its threads). */
    interface CompileClock {
        long millis();

        /**
         * This JVM's. A JVM that does not tell counts as compiling all the time (the clock is the
         * wall clock): it never settles, and the budget alone bounds the warm-up.
         */
        static CompileClock jvm() {
            CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
            return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit::getTotalCompilationTime
                    : () -> System.nanoTime() / 1_000_000;
        }
    }

    /** What a warm-up did: its rounds and checks, and how long it and its last round took. */
    record Summary(int rounds, int checks, long millis, long lastRoundMillis, long lastRoundCompileMillis) {
        @Override
        public String toString() {
            return checks + " checks in " + rounds + " rounds, " + millis + " ms; the last round "
                    + lastRoundMillis + " ms, of which the JIT compiled " + lastRoundCompileMillis + " ms";
        }
    }

    private WarmUp() {
    }

    /**
     * The sample first, then the rules' {@link #examples}, every other one misspelt, the same at
     * every start.
     */
    static List<String> texts(String sample, List<Rule> rules) {
        Misspellings misspellings = new Misspellings(MISSPELLINGS_SEED, names());
        List<String> texts = new ArrayList<>();
        texts.add(sample);
        for (String examples : examples(rules)) {
            texts.add(texts.size() % 2 == 0 ? misspellings.misspell(examples) : examples);
        }
        return texts;
    }

    /** The names of LanguageTool's extra words, as it writes them: capitalised, or acronyms. */
    static List<String> names() {
        return JLanguageTool.getDataBroker().getFromResourceDirAsLines(EXTRA_WORDS).stream()
                .filter(word -> NAME.matcher(word).matches())
                .toList();
    }

    /** The rules' examples of errors, in paragraphs of about {@value #WORDS} words. */
    static List<String> examples(List<Rule> rules) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int words = 0;
        for (Rule rule : rules) {
            for (IncorrectExample example : rule.getIncorrectExamples()) {
                String sentence = example.getExample().replaceAll("</?marker>", "").strip();
                text.append(sentence).append(' ');
                words += WordCounter.count(sentence);
                if (words >= WORDS) {
                    paragraphs.add(text.toString().strip());
                    text.setLength(0);
                    words = 0;
                }
            }
        }
        return paragraphs;
    }

    /**
     * Sends the texts in order, again from the first when all were sent, {@value #ROUND} a round
     * from {@code concurrency} threads, until a round leaves the JIT settled or the budget is
     * spent; at least one check. A failed check fails the warm-up.
     */
    static Summary run(Sender sender, List<String> texts, int concurrency, Duration budget, CompileClock jit,
                       Consumer<String> log) throws Exception {
        long start = System.nanoTime();
        long end = start + budget.toNanos();
        ExecutorService threads = Executors.newFixedThreadPool(concurrency, CheckerPool.daemon("relecture-warm-up"));
        try {
            int rounds = 0;
            int checks = 0;
            long roundMillis;
            long compileMillis;
            do {
                long roundStart = System.nanoTime();
                long compiled = jit.millis();
                checks += round(sender, texts, rounds * ROUND, end, concurrency, threads);
                rounds++;
                roundMillis = (System.nanoTime() - roundStart) / 1_000_000;
                compileMillis = jit.millis() - compiled;
                log.accept("relecture: warm-up round " + rounds + ": " + roundMillis + " ms, JIT " + compileMillis + " ms");
            } while (System.nanoTime() < end && compileMillis > SETTLED * roundMillis);
            return new Summary(rounds, checks, (System.nanoTime() - start) / 1_000_000, roundMillis, compileMillis);
        } finally {
            threads.shutdownNow();
        }
    }

    /**
     * Sends the {@value #ROUND} texts from the {@code from}th on (round the list), from
     * {@code concurrency} threads, the first always, the others until {@code end}; returns how
     * many were sent.
     */
    private static int round(Sender sender, List<String> texts, int from, long end, int concurrency,
                             ExecutorService threads) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger sent = new AtomicInteger();
        List<Future<?>> senders = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            senders.add(threads.submit(() -> {
                for (int i; (i = next.getAndIncrement()) < ROUND && (i == 0 || System.nanoTime() < end); ) {
                    sender.check(texts.get((from + i) % texts.size()));
                    sent.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> s : senders) {
            s.get();
        }
        return sent.get();
    }
}
