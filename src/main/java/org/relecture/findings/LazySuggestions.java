package org.relecture.findings;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A finding's suggestions, computed the first time they are read: LanguageTool's spelling
 * suggestions cost tens of milliseconds a word, and most misspelt-looking words of a document are
 * names, code or untranslated passages whose findings reconciliation drops unread. Immutable; the
 * supplier runs at most once and is then let go. Read it on the thread that made it: a
 * LanguageTool speller is not thread-safe ({@link Finding#withComputedSuggestions()} turns it
 * into a plain list before a finding leaves that thread).
 */
public final class LazySuggestions extends AbstractList<String> {
    private Supplier<List<String>> supplier;
    private List<String> values;

    private LazySuggestions(Supplier<List<String>> supplier) {
        this.supplier = supplier;
    }

    public static LazySuggestions of(Supplier<List<String>> supplier) {
        return new LazySuggestions(Objects.requireNonNull(supplier, "supplier"));
    }

    /** True once the suggestions were computed. */
    public synchronized boolean computed() {
        return values != null;
    }

    synchronized List<String> values() {
        if (values == null) {
            values = List.copyOf(supplier.get());
            supplier = null;
        }
        return values;
    }

    @Override
    public String get(int index) {
        return values().get(index);
    }

    @Override
    public int size() {
        return values().size();
    }
}
