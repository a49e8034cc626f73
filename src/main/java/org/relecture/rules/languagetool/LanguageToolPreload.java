package org.relecture.rules.languagetool;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.rules.spelling.SpellingCheckRule;
import org.relecture.rules.FrenchLexicon;
import org.relecture.rules.TokenMemo;

/**
 * Cuts LanguageTool's cold start by loading its two costliest parts at the same time.
 *
 * <p>A new JLanguageTool first builds the French spelling rule (about 60% of its constructor),
 * then parses the pattern rules; the spelling dictionaries themselves are built lazily on the
 * first check. All of these are cached per language and initialised under locks inside
 * LanguageTool, so another thread may build them: here a background thread builds the spelling
 * rule and its dictionaries while the caller's thread loads the tagger and disambiguator and then
 * the pattern rules ({@link #loadAnalysis}). On two cores the first result arrives seconds earlier; later
 * JLanguageTool instances reuse everything and start in milliseconds. The automaton of the
 * speller's word list comes from {@link SpellingDictionaryCache} when the launcher gave one, and the
 * tokens of the spelling rule's word lists from {@link SpellingTokensCache} in the same folder.
 */
public final class LanguageToolPreload {
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private LanguageToolPreload() {
    }

    /** Starts the background part once per JVM; cheap to call again. */
    public static void start() {
        start(() -> { });
    }

    /**
     * Starts the background part once per JVM, then has the same thread run {@code more} (what
     * the caller's first check will read) and load what LanguageTool's first check reads lazily
     * ({@link #loadCheckPath}); cheap to call again, when {@code more} is not run.
     */
    public static void start(Runnable more) {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread spelling = new Thread(() -> {
            loadSpelling();
            more.run();
            loadCheckPath(FrenchLexicon.french());
        }, "relecture-preload");
        spelling.setDaemon(true);
        spelling.start();
    }

    private static void loadSpelling() {
        Optional<SpellingDictionaryCache> cache = SpellingDictionaryCache.configured();
        boolean cached = cache.isPresent() && cache.get().load();
        Optional<SpellingTokensCache> tokensCache = cache.map(c -> new SpellingTokensCache(c.folder()));
        Map<String, List<String>> tokens = tokensCache.map(SpellingTokensCache::load).orElse(Map.of());
        TokenMemo memo = new TokenMemo(tokens, Thread.currentThread());
        SpellingCheckRule rule = FrenchLexicon.spellingRule(memo);
        if (tokens.isEmpty()) {
            tokensCache.ifPresent(c -> c.save(memo.recorded()));
        }
        try {
            if (rule != null) {
                rule.isMisspelled("relecture");
                if (!cached) {
                    cache.ifPresent(SpellingDictionaryCache::save);
                }
            }
        } catch (IOException e) {
            // Only a head start: the worker's first check builds the dictionaries again and its
            // failure is reported with the document, where the user can see it.
        }
    }

    /**
     * What LanguageTool's first check builds on first use, on the thread that checks, unless it is
     * built before: the word lists of the disambiguator's multi-word chunkers (read at its first
     * sentence) and the multi-word speller (at its first filter). Both are built under LanguageTool's
     * own locks (a class initialiser, a synchronized lazy initialisation), so whichever thread comes
     * first builds them once; the sentence given here is a sentence start alone, and what comes
     * of it is dropped.
     */
    static void loadCheckPath(Language language) {
        try {
            AnalyzedToken start = new AnalyzedToken("", JLanguageTool.SENTENCE_START_TAGNAME, null);
            AnalyzedTokenReadings[] tokens = {new AnalyzedTokenReadings(new AnalyzedToken[] {start}, 0)};
            language.getDisambiguator().disambiguate(new AnalyzedSentence(tokens));
            language.getMultitokenSpeller();
        } catch (IOException | RuntimeException e) {
            // Only a head start: the first check builds them itself and reports what fails.
        }
    }

    /**
     * The parts the first check loads lazily and the spelling thread does not touch, then the
     * pattern rules: a JLanguageTool's constructor builds its rule objects first, the spelling
     * rule among them, and so would wait for the spelling thread before parsing the pattern
     * rules, with one core idle (bench/startup-profile.sh showed the main thread blocked there for
     * a second); parsed here, they are ready when it gets to them.
     */
    static void loadAnalysis(Language language) {
        language.getSentenceTokenizer();
        language.getWordTokenizer();
        language.getTagger();
        language.getDisambiguator();
        language.getChunker();
        if (language == FrenchLexicon.french()) {
            try {
                FrenchLexicon.loadPatternRules();
            } catch (IOException e) {
                // Only a head start: the JLanguageTool's constructor parses them again and fails as it would have.
            }
        }
    }
}
