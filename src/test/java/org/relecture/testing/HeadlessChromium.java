package org.relecture.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver, for end-to-end tests of the
 * pages relecture produces. The browser and driver are found as a shell finds them
 * ({@code CHROME_BIN}, {@code CHROMEDRIVER}, else {@code PATH}: {@link Executables}) and given to
 * Selenium, so it never tries to download either (this machine has no network beyond the package
 * registries); {@code ./test} installs both Debian packages when they are missing. The flags keep Chromium from reaching for Google's services, which a closed
 * network refuses noisily.
 */
public final class HeadlessChromium implements AutoCloseable {
    private static final Optional<Path> BROWSER = Executables.find(System.getenv(), "CHROME_BIN",
            List.of("chromium", "chromium-browser", "google-chrome"));
    private static final Optional<Path> DRIVER = Executables.find(System.getenv(), "CHROMEDRIVER",
            List.of("chromedriver"));

    private final ChromeDriver driver;
    private final Path profile;

    private HeadlessChromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** True when a browser and its driver were found; tests say so in their failure otherwise. */
    public static boolean installed() {
        return BROWSER.isPresent() && DRIVER.isPresent();
    }

    public static HeadlessChromium start() throws java.io.IOException {
        if (!installed()) {
            throw new IllegalStateException("Chromium or its driver is not installed: ./test installs Debian's "
                    + "chromium and chromium-driver (or set CHROME_BIN and CHROMEDRIVER); browser "
                    + BROWSER.map(Path::toString).orElse("not found") + ", driver "
                    + DRIVER.map(Path::toString).orElse("not found"));
        }
        Path profile = Files.createTempDirectory("relecture-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.get().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions",
                "--window-size=1280,900", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.get().toFile())
                .usingAnyFreePort()
                .withLogOutput(java.io.OutputStream.nullOutputStream())
                .build();
        return new HeadlessChromium(new ChromeDriver(service, options), profile);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Every message the page logged at SEVERE (console errors, uncaught exceptions, failed loads). */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .collect(Collectors.toList());
    }

    @Override
    public void close() throws java.io.IOException {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
