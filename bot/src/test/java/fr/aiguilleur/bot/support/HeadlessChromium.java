package fr.aiguilleur.bot.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by its chromedriver, for the browser tests: at a phone's size
 * (390 × 844, touch, as the web chat and the follow-up page are used) or at the window size the test
 * sets (the dashboard). Each driver has a profile folder of its own.
 */
public final class HeadlessChromium {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** Skips the test class when Chromium or its driver is missing. */
    public static void assumeInstalled() {
        Assumptions.assumeTrue(available(), "browser tests skipped: /usr/bin/chromium or /usr/bin/chromedriver "
                + "is missing (apt-get install chromium chromium-driver)");
    }

    /** Chromium as on a phone: 390 × 844 at twice the pixels, touch. */
    public static ChromeDriver phone(Path profile) {
        var options = options(profile).addArguments("--window-size=390,844", "--hide-scrollbars");
        options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                Map.of("width", 390, "height", 844, "pixelRatio", 2.0, "touch", true)));
        return started(options);
    }

    /** Chromium at its default window size (the test sets the one it wants). */
    public static ChromeDriver desktop(Path profile) {
        return started(options(profile));
    }

    private static ChromeOptions options(Path profile) {
        return new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless", "--no-sandbox",
                "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile);
    }

    private static ChromeDriver started(ChromeOptions options) {
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort().build();
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
