package dev.socle.testing.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Drives Debian's Chromium through Playwright against the application the Spring test started. One browser per test
 * class, a fresh context (cookies, storage) per test. When a test fails, its last screenshot and HTML go to
 * {@code target/browser-failures}.
 */
public final class BrowserExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    static final Path CHROMIUM = Paths.get(System.getProperty("socle.test.chromium", "/usr/bin/chromium"));
    private static final List<String> CHROMIUM_FLAGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
            "--disable-dev-shm-usage");
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Browser tests need Chromium at " + CHROMIUM
                    + ": install it with 'apt-get install -y chromium' (or set -Dsocle.test.chromium=/path).");
        }
        Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setArgs(CHROMIUM_FLAGS)
                        .setHeadless(true));
        store(context).put(Playwright.class, playwright);
        store(context).put(Browser.class, browser);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Browser browser = store(context).get(Browser.class, Browser.class);
        BrowserContext browserContext = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1280, 800).setLocale("en-GB"));
        browserContext.setDefaultTimeout(15_000);
        Page page = browserContext.newPage();
        String port = SpringExtension.getApplicationContext(context)
                .getEnvironment()
                .getRequiredProperty("local.server.port");
        store(context).put(Socle.class, new Socle(page, "http://127.0.0.1:" + port));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Socle socle = store(context).remove(Socle.class, Socle.class);
        if (socle == null) {
            return;
        }
        if (context.getExecutionException().isPresent()) {
            saveEvidence(context, socle.page());
        }
        socle.page().context().close();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Browser browser = store(context).remove(Browser.class, Browser.class);
        if (browser != null) {
            browser.close();
        }
        Playwright playwright = store(context).remove(Playwright.class, Playwright.class);
        if (playwright != null) {
            playwright.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Socle.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return store(context).get(Socle.class, Socle.class);
    }

    private static void saveEvidence(ExtensionContext context, Page page) {
        String name = context.getRequiredTestClass().getSimpleName() + "-"
                + context.getRequiredTestMethod().getName();
        Path directory = Paths.get("target", "browser-failures");
        try {
            Files.createDirectories(directory);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(directory.resolve(name + ".png"))
                    .setFullPage(true));
            Files.writeString(directory.resolve(name + ".html"), page.content(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not save browser evidence for " + name + ": " + e);
        }
    }

    private static ExtensionContext.Store store(ExtensionContext context) {
        return context.getStore(NAMESPACE);
    }
}
