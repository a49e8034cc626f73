package org.relecture.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.relecture.api.Relecture;
import org.relecture.api.RelectureException;
import org.relecture.api.Worker;

/**
 * The checkers of one JVM: one {@link Relecture} per job setting, built once from the carried
 * rules, and one {@link Worker} per task thread, kept across partitions and tasks (building
 * LanguageTool takes seconds and a JLanguageTool serves one thread at a time).
 */
final class ExecutorCheckers {
    private static final Map<String, Relecture> SETTINGS = new ConcurrentHashMap<>();
    private static final ThreadLocal<Map<String, Worker>> WORKERS = ThreadLocal.withInitial(HashMap::new);

    private ExecutorCheckers() {
    }

    /** The driver's own setting: in local mode its executors are threads of this JVM and use it as is. */
    static void offer(String fingerprint, Relecture relecture) {
        SETTINGS.putIfAbsent(fingerprint, relecture);
    }

    /** This thread's worker for the setting whose fingerprint the driver computed. */
    static Worker worker(JobSetting setting, String fingerprint) {
        return WORKERS.get().computeIfAbsent(fingerprint, f -> relecture(setting, f).newWorker());
    }

    /** The setting itself, built on first use in this JVM. */
    static Relecture relecture(JobSetting setting, String fingerprint) {
        return SETTINGS.computeIfAbsent(fingerprint, f -> build(setting, f));
    }

    private static Relecture build(JobSetting setting, String fingerprint) {
        try {
            Path scratch = Files.createTempDirectory("relecture-job-");
            Relecture relecture = setting.openCopy(scratch);
            if (!relecture.fingerprint().digest().equals(fingerprint)) {
                throw new IllegalStateException("this executor's rules differ from the driver's (fingerprint "
                        + relecture.fingerprint().digest() + ", driver " + fingerprint + "): relecture or LanguageTool versions differ");
            }
            return relecture;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a scratch folder for the job's rules", e);
        } catch (RelectureException e) {
            throw new IllegalStateException("the job's rules cannot be read on this executor: " + e.getMessage(), e);
        }
    }
}
