namespace Polis.Dashboard.Tests;

/// <summary>
/// The Debian Chromium (apt-get install chromium), never a browser downloaded by Playwright: the machine may be
/// offline and CI installs the distribution's package. Missing locally: the test is skipped with the reason;
/// missing on CI (CI=true): the test fails, so a broken CI image cannot pass silently.
/// </summary>
public static class SystemChromium
{
    public static string? Find() =>
        new[] { Environment.GetEnvironmentVariable("POLIS_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser" }
            .FirstOrDefault(path => !string.IsNullOrEmpty(path) && File.Exists(path));

    public static bool OnCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public const string MissingMessage = "Chromium not found at /usr/bin/chromium: install it with `apt-get install -y chromium` (or set POLIS_CHROMIUM).";
}
