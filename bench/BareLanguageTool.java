import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;

/**
 * The benchmark's baseline: LanguageTool's French checker alone, used the way its documentation
 * shows (one JLanguageTool per thread, check(String) per file), printing only a match count.
 * Usage: BareLanguageTool THREADS FILE...
 */
public final class BareLanguageTool {
    public static void main(String[] args) throws Exception {
        int threads = Integer.parseInt(args[0]);
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            try (var walk = Files.walk(Path.of(args[i]))) {
                walk.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        ThreadLocal<JLanguageTool> tools =
                ThreadLocal.withInitial(() -> new JLanguageTool(Languages.getLanguageForShortCode("fr")));
        AtomicLong matches = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (Path file : files) {
            futures.add(pool.submit(() -> {
                matches.addAndGet(tools.get().check(Files.readString(file)).size());
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        System.out.println(files.size() + " files, " + matches.get() + " matches");
    }
}
