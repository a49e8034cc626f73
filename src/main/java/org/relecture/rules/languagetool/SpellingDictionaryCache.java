package org.relecture.rules.languagetool;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import morfologik.fsa.CFSA2;
import morfologik.fsa.FSA;
import morfologik.fsa.FSAFlags;
import morfologik.fsa.builders.CFSA2Serializer;
import morfologik.stemming.Dictionary;
import org.languagetool.JLanguageTool;
import org.languagetool.language.French;
import org.languagetool.rules.spelling.morfologik.MorfologikMultiSpeller;
import org.relecture.text.AtomicOutput;

/**
 * Keeps the automaton LanguageTool's French speller builds from its plain word list, so that a
 * new JVM reads it instead of building it.
 *
 * <p>At each start, LanguageTool's Morfologik speller turns {@code /fr/hunspell/spelling.txt}
 * (36,000 lines) into a Morfologik automaton: it sorts the lines, builds the automaton and
 * serializes it to the compact CFSA2 form ({@link CFSA2Serializer}, whose node layout search is
 * most of the cost), then reads the bytes back. That was about 70% of the CPU of LanguageTool's
 * spelling start-up (bench/startup-profile.sh), on the path of the first check. The automaton
 * depends on nothing but LanguageTool's jars, so relecture writes its bytes into a file of the
 * cache folder once, and later runs hand LanguageTool the dictionary read from them, through the
 * per-JVM map in which LanguageTool itself keeps the dictionaries it built
 * ({@code MorfologikMultiSpeller.dicPathToDict}, the first thing its speller looks in).
 *
 * <p>The file's name carries a checksum of the jars the automaton comes from (paths, sizes,
 * dates), so another LanguageTool makes another file and the installation's previous one goes;
 * its content carries a CRC. Whatever fails
 * (no such field in another LanguageTool, a damaged or foreign file, a folder that cannot be
 * written), LanguageTool builds the automaton as before: the cache can only save time.
 */
final class SpellingDictionaryCache {
    /** System property: the folder of the cache; unset, nothing is read or written (the launcher sets it). */
    static final String PROPERTY = "relecture.spelling.cache";
    private static final int MAGIC = 0x52535043; // "RSPC"
    private static final int FORMAT = 1;
    private static final String PREFIX = "spelling-";
    private static final String SUFFIX = ".bin";

    private final Path folder;

    SpellingDictionaryCache(Path folder) {
        this.folder = folder;
    }

    Path folder() {
        return folder;
    }

    /** The cache the launcher asked for, if any. */
    static Optional<SpellingDictionaryCache> configured() {
        String folder = System.getProperty(PROPERTY, "");
        return folder.isEmpty() ? Optional.empty() : Optional.of(new SpellingDictionaryCache(Path.of(folder)));
    }

    /**
     * Hands LanguageTool the dictionaries of this LanguageTool's file, unless it already holds
     * some. Must run before LanguageTool's French speller is first built.
     *
     * @return true when they were handed over; false when LanguageTool will build them
     */
    boolean load() {
        try {
            Map<String, Dictionary> built = languageToolsDictionaries();
            Path file = file();
            if (!built.isEmpty() || !Files.isRegularFile(file)) {
                return false;
            }
            // LanguageTool's map is a plain HashMap: this runs on the thread that builds the speller,
            // before it does (LanguageToolPreload).
            Map<String, Dictionary> read = read(Files.readAllBytes(file));
            read.forEach(built::putIfAbsent);
            return !read.isEmpty();
        } catch (IOException | ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Writes the dictionaries LanguageTool built into this LanguageTool's file (under a name of its
     * own, then renamed, so no run reads half a file) and removes the files of other versions.
     */
    void save() {
        try {
            byte[] bytes = write(new LinkedHashMap<>(languageToolsDictionaries()));
            if (bytes == null) {
                return;
            }
            Files.createDirectories(folder);
            Path file = file();
            try (AtomicOutput out = AtomicOutput.create(file)) {
                out.stream().write(bytes);
                out.commit();
            }
            CacheFiles.removeOthers(folder, PREFIX, SUFFIX, file);
        } catch (IOException | ReflectiveOperationException | RuntimeException e) {
            // Only a head start for the next run, which builds the automaton itself again.
        }
    }

    /**
     * This LanguageTool's file, named after relecture's installation and after the jars the
     * automaton comes from: LanguageTool's (the speller; the word list and its preparation, in the
     * French module), Morfologik's.
     */
    Path file() throws IOException {
        return CacheFiles.file(folder, PREFIX, SUFFIX, FORMAT, new Class<?>[] {MorfologikMultiSpeller.class, French.class,
                FSA.class, CFSA2Serializer.class, Dictionary.class});
    }

    /**
     * The dictionaries LanguageTool built from plain word lists, by its own key (the lists' paths
     * and the metadata's): each an automaton in CFSA2 form, as its speller builds them; null when
     * there is none or one is of another form.
     */
    static byte[] write(Map<String, Dictionary> dictionaries) throws IOException {
        if (dictionaries.isEmpty()) {
            return null;
        }
        Map<String, byte[]> serialized = new LinkedHashMap<>();
        for (Map.Entry<String, Dictionary> entry : dictionaries.entrySet()) {
            if (!(entry.getValue().fsa instanceof CFSA2 fsa) || infoPath(entry.getKey()).isEmpty()) {
                return null;
            }
            byte[] bytes = serialized(fsa);
            if (!sameAutomaton(fsa, FSA.read(new ByteArrayInputStream(bytes)))) {
                return null; // another serialized form than this class knows: never write what reads differently
            }
            serialized.put(entry.getKey(), bytes);
        }
        return SealedBytes.seal(MAGIC, FORMAT, out -> {
            out.writeInt(serialized.size());
            for (Map.Entry<String, byte[]> entry : serialized.entrySet()) {
                out.writeUTF(entry.getKey());
                out.writeInt(entry.getValue().length);
                out.write(entry.getValue());
            }
        });
    }

    /** The dictionaries of a file {@link #write} wrote, their metadata read as LanguageTool reads it. */
    static Map<String, Dictionary> read(byte[] bytes) throws IOException {
        DataInputStream in = SealedBytes.open(bytes, MAGIC, FORMAT);
        int count = in.readInt();
        Map<String, Dictionary> dictionaries = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String key = in.readUTF();
            byte[] automaton = new byte[in.readInt()];
            in.readFully(automaton);
            try (InputStream metadata = metadata(infoPath(key).orElseThrow(() -> new IOException("bad key")))) {
                dictionaries.put(key, Dictionary.read(new ByteArrayInputStream(automaton), metadata));
            }
        }
        return dictionaries;
    }

    /**
     * The CFSA2 file form of an automaton, as {@link CFSA2Serializer} writes it: the header
     * ({@code \fsa} and the version), the flags, the label mapping, then the arcs.
     */
    private static byte[] serialized(CFSA2 fsa) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(fsa.arcs.length + 300);
        DataOutputStream out = new DataOutputStream(buffer);
        out.write(new byte[] {'\\', 'f', 's', 'a', CFSA2.VERSION});
        out.writeShort(FSAFlags.asShort(fsa.getFlags()));
        out.writeByte(fsa.labelMapping.length);
        out.write(fsa.labelMapping);
        out.write(fsa.arcs);
        out.flush();
        return buffer.toByteArray();
    }

    static boolean sameAutomaton(CFSA2 a, FSA b) {
        return b instanceof CFSA2 c && Arrays.equals(a.arcs, c.arcs) && Arrays.equals(a.labelMapping, c.labelMapping)
                && a.getFlags().equals(c.getFlags());
    }

    /** LanguageTool's key is the word lists' paths, a bar, and the path of the metadata file. */
    private static Optional<String> infoPath(String key) {
        int bar = key.lastIndexOf('|');
        return bar < 0 || bar == key.length() - 1 ? Optional.empty() : Optional.of(key.substring(bar + 1));
    }

    /** The metadata file, where LanguageTool's speller looks for it: a file, else a resource. */
    private static InputStream metadata(String infoPath) throws IOException {
        if (new File(infoPath).exists()) {
            return new FileInputStream(infoPath);
        }
        InputStream resource = JLanguageTool.getDataBroker().getFromResourceDirAsStream(infoPath);
        if (resource == null) {
            throw new IOException(infoPath + ": no such resource");
        }
        return resource;
    }

    /** LanguageTool's own per-JVM map of the dictionaries its spellers built from word lists. */
    @SuppressWarnings("unchecked")
    static Map<String, Dictionary> languageToolsDictionaries() throws ReflectiveOperationException {
        Field field = MorfologikMultiSpeller.class.getDeclaredField("dicPathToDict");
        field.setAccessible(true);
        return (Map<String, Dictionary>) field.get(null);
    }
}
