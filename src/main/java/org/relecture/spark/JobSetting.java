package org.relecture.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.relecture.api.Relecture;
import org.relecture.api.RelectureBuilder;
import org.relecture.api.RelectureException;
import org.relecture.config.ConfigLoader;
import org.relecture.rules.Level;
import org.relecture.rules.RulesHome;

/**
 * Everything a command-line run would read to build its checker, carried as bytes so that every
 * executor of a cluster builds the same one: the configuration file, every file of every rules
 * folder (and of its {@code data/}), and the options. Executors check that their checker's
 * fingerprint equals the driver's, so a job runs exactly the rules a CLI run with the same
 * options runs.
 */
public final class JobSetting implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String DATA = "data";

    private final byte[] config;
    private final boolean defaultRules;
    private final List<Map<String, byte[]>> folders;
    private final Level level;
    private final Set<String> disabled;
    private final Set<String> enabledOnly;
    // The driver's own paths: not serialisable, and of no use on an executor.
    private final transient Path configPath;
    private final transient List<Path> folderPaths;

    private JobSetting(byte[] config, Path configPath, boolean defaultRules, List<Path> folderPaths,
                       List<Map<String, byte[]>> folders, Level level, Set<String> disabled, Set<String> enabledOnly) {
        this.config = config;
        this.configPath = configPath;
        this.defaultRules = defaultRules;
        this.folderPaths = folderPaths;
        this.folders = folders;
        this.level = level;
        this.disabled = disabled;
        this.enabledOnly = enabledOnly;
    }

    /**
     * The setting of these options, read now.
     *
     * @param configFile   {@code --config}, or null for the working directory's file if any
     * @param defaultRules whether relecture's own rules folder is read (not {@code --no-default-rules})
     * @param ruleFolders  {@code --rules} folders, in order
     * @param level        {@code --level}, or null for the configuration's
     */
    public static JobSetting capture(Path configFile, boolean defaultRules, List<Path> ruleFolders, Level level,
                                     Set<String> disabled, Set<String> enabledOnly) throws RelectureException {
        Path configPath = configFile != null ? configFile
                : Files.isRegularFile(Path.of(ConfigLoader.FILE_NAME)) ? Path.of(ConfigLoader.FILE_NAME) : null;
        List<Path> paths = new ArrayList<>();
        if (defaultRules) {
            paths.add(RulesHome.expected().orElseThrow(() -> new RelectureException("the rules folder cannot be found")));
        }
        paths.addAll(ruleFolders);
        try {
            // A missing file or folder is left for openHere() to name, as the command line names it.
            byte[] config = configPath == null || !Files.isRegularFile(configPath) ? null : Files.readAllBytes(configPath);
            List<Map<String, byte[]>> folders = new ArrayList<>();
            for (Path folder : paths) {
                folders.add(pack(folder));
            }
            return new JobSetting(config, configPath, defaultRules, List.copyOf(paths), folders, level,
                    new LinkedHashSet<>(disabled), new LinkedHashSet<>(enabledOnly));
        } catch (IOException e) {
            throw new RelectureException("cannot read the rules for the job: " + e.getMessage(), e);
        }
    }

    /**
     * The checker on the driver, from the files as the command line names them: a broken or
     * missing one is named here, before Spark starts.
     */
    public Relecture openHere() throws RelectureException {
        return open(configPath, folderPaths, configPath == null);
    }

    /** The checker on an executor: the carried files written under {@code scratch}, then read as the driver read them. */
    public Relecture openCopy(Path scratch) throws RelectureException {
        try {
            Path configCopy = null;
            if (config != null) {
                configCopy = scratch.resolve(ConfigLoader.FILE_NAME);
                Files.write(configCopy, config);
            }
            List<Path> copies = new ArrayList<>();
            for (int i = 0; i < folders.size(); i++) {
                Path folder = scratch.resolve("rules-" + i);
                for (Map.Entry<String, byte[]> file : folders.get(i).entrySet()) {
                    Path target = folder.resolve(file.getKey());
                    Files.createDirectories(target.getParent());
                    Files.write(target, file.getValue());
                }
                Files.createDirectories(folder);
                copies.add(folder);
            }
            return open(configCopy, copies, configCopy == null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the job's rules under " + scratch, e);
        }
    }

    private Relecture open(Path configFile, List<Path> paths, boolean noConfig) throws RelectureException {
        // One thread per checker: Spark runs a task per core, each with its own worker.
        RelectureBuilder builder = Relecture.builder().level(level).disable(disabled).enableOnly(enabledOnly).workers(1);
        if (noConfig) {
            builder.config(org.relecture.config.ProjectConfig.DEFAULTS);
        } else {
            builder.configFile(configFile);
        }
        List<Path> rest = paths;
        if (defaultRules) {
            builder.rulesHome(paths.get(0));
            rest = paths.subList(1, paths.size());
        } else {
            builder.withoutRulesHome();
        }
        rest.forEach(builder::addRules);
        return builder.build();
    }

    /** A folder's files and its {@code data/} lists, as {@link org.relecture.rules.files} reads them. */
    private static Map<String, byte[]> pack(Path folder) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        for (Path file : regularFiles(folder)) {
            files.put(file.getFileName().toString(), Files.readAllBytes(file));
        }
        Path data = folder.resolve(DATA);
        if (Files.isDirectory(data)) {
            for (Path file : regularFiles(data)) {
                files.put(DATA + "/" + file.getFileName(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static List<Path> regularFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
