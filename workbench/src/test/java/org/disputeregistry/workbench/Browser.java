package org.disputeregistry.workbench;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium at an office screen's size (1366×768), driven through Debian's
 * chromedriver: Selenium is given both paths, so Selenium Manager never looks for (or downloads)
 * anything. Without them the test is skipped with the reason; CI sets REGISTRY_REQUIRE_BROWSER=true
 * and then their absence fails it (as the report's browser test does). Shared with the system tests
 * (the workbench's test jar), which walk through the demo year's pages.
 */
public final class Browser implements AutoCloseable {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  /** Generous: pages call services on a busy shared machine. */
  private static final Duration WAIT = Duration.ofSeconds(30);

  private final WebDriver driver;
  private final WebDriverWait wait;

  private Browser(WebDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, WAIT);
  }

  public static boolean present() {
    return Files.isExecutable(chromium()) && Files.isExecutable(chromedriver());
  }

  /** Skips the calling test (fails it if a browser is required) when Chromium is missing. */
  public static void require() {
    boolean present = present();
    String missing = "No Chromium at " + chromium() + " or no chromedriver at " + chromedriver();
    if (Boolean.parseBoolean(System.getenv("REGISTRY_REQUIRE_BROWSER"))) {
      assertTrue(present, missing + " (apt-get install chromium chromium-driver)");
    }
    assumeTrue(
        present, missing + ": install Debian's chromium and chromium-driver to run this test");
  }

  public static Browser open() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium().toFile());
    Path profile;
    try {
      profile = Files.createTempDirectory("chromium-profile");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1366,768",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--lang=zh-CN",
        "--user-data-dir=" + profile);
    // The page's console, for tests that check a page's scripts ran without an error.
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver().toFile())
            .usingAnyFreePort()
            .build();
    return new Browser(new ChromeDriver(service, options));
  }

  private static Path chromium() {
    return Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
  }

  private static Path chromedriver() {
    return Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));
  }

  public WebDriver driver() {
    return driver;
  }

  public void go(String url) {
    driver.get(url);
  }

  public WebElement find(String id) {
    return until(d -> d.findElement(By.id(id)));
  }

  public boolean has(String id) {
    return !driver.findElements(By.id(id)).isEmpty();
  }

  public String text(String id) {
    return find(id).getText();
  }

  public <T> T until(Function<WebDriver, T> condition) {
    return wait.ignoring(org.openqa.selenium.NoSuchElementException.class).until(condition);
  }

  /** Fills a field with keys, as a user would. */
  public void type(String id, String text) {
    WebElement field = find(id);
    field.clear();
    field.sendKeys(text);
  }

  /**
   * Sets a date field's value: typing into a date input depends on the browser's locale, the value
   * is what the form sends.
   */
  public void setDate(String id, String isoDate) {
    ((ChromeDriver) driver).executeScript("arguments[0].value = arguments[1];", find(id), isoDate);
  }

  public void select(String id, String value) {
    new org.openqa.selenium.support.ui.Select(find(id)).selectByValue(value);
  }

  /**
   * Opens the workbench of {@code stack}, is sent to the provider's sign-in form and signs in there
   * as {@code account} (password {@code demo}); {@code screenshot} names the filled form's, or
   * null.
   */
  void signIn(RealStack stack, String account, String screenshot) {
    signIn(stack.workbenchUrl(), stack.authUrl(), account, screenshot);
  }

  /**
   * Opens the workbench at {@code workbenchUrl}, is sent to the provider at {@code authUrl} and
   * signs in there as {@code account}; {@code screenshot} names the filled form's, or null.
   */
  public void signIn(String workbenchUrl, String authUrl, String account, String screenshot) {
    go(workbenchUrl + "/");
    find("username");
    assertTrue(driver.getCurrentUrl().startsWith(authUrl), driver.getCurrentUrl());
    type("username", account);
    type("password", "demo");
    if (screenshot != null) {
      screenshot(screenshot);
    }
    driver.findElement(By.cssSelector("button[type=submit]")).click();
    until(d -> d.getCurrentUrl().startsWith(workbenchUrl));
    assertTrue(account.equals(text("user-account")), "signed in as " + account);
  }

  /** Signs in as {@code account} without a screenshot of the form. */
  void signIn(RealStack stack, String account) {
    signIn(stack, account, null);
  }

  /** The text of the page in a frame of this page, once it has any. */
  public String frameText(String frameId) {
    until(d -> d.switchTo().frame(find(frameId)) != null);
    String text =
        until(
            d -> {
              String body = d.findElement(By.tagName("body")).getText();
              return body.isBlank() ? null : body;
            });
    driver.switchTo().defaultContent();
    return text;
  }

  /**
   * The errors the pages wrote to the console since the last call (script errors, failed loads).
   */
  public List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /**
   * What the page's origin answers for {@code path}, fetched by the page itself (its session): for
   * downloads, which a headless browser would save instead of showing.
   */
  /** A download as the page's session gets it: its content type and its bytes. */
  public record Download(String contentType, byte[] body) {}

  /** What the page's origin answers for {@code path}, byte for byte (for binary downloads). */
  public Download download(String path) {
    String answer =
        (String)
            ((ChromeDriver) driver)
                .executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => {"
                        + "  let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x));"
                        + "  done(r.headers.get('Content-Type') + '\\n' + btoa(s));"
                        + "})).catch(e => done('FAILED ' + e));",
                    path);
    int line = answer.indexOf('\n');
    if (answer.startsWith("FAILED") || line < 0) {
      throw new IllegalStateException(path + ": " + answer);
    }
    return new Download(
        answer.substring(0, line),
        java.util.Base64.getDecoder().decode(answer.substring(line + 1)));
  }

  public String fetch(String path) {
    return (String)
        ((ChromeDriver) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => r.text()).then(done, e => done('FAILED ' + e));",
                path);
  }

  /** Saves what the browser shows as {@code target/screenshots/<name>.png}. */
  public Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Path taken = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE).toPath();
      Files.move(taken, file, StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
