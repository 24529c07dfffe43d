using System.Globalization;

namespace Polis.DashboardBench;

/// <summary>
/// Command-line options: <c>--url --email --password --chromium --runs --fps-seconds --latency-samples --movers --pages --out</c>;
/// <c>--pages</c> is <c>city</c> (overview and live map), <c>transit</c> (transit map) or <c>all</c>.
/// </summary>
internal sealed record BenchOptions(Uri Url, string Email, string Password, string Chromium, int Runs, int FpsSeconds, int LatencySamples, int Movers, string Pages, string? Out)
{
    public static BenchOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"expected --name value pairs, got '{args[i]}'");
            }

            values[args[i][2..]] = args[i + 1];
        }

        string Required(string name) => values.TryGetValue(name, out var v) ? v : throw new ArgumentException($"--{name} is required");
        int Int(string name, int fallback, int max) =>
            values.TryGetValue(name, out var v) && int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= max ? n
            : values.ContainsKey(name) ? throw new ArgumentException($"--{name} must be a whole number from 1 to {max}") : fallback;

        return new BenchOptions(
            new Uri(Required("url")),
            Required("email"),
            Required("password"),
            values.GetValueOrDefault("chromium", "/usr/bin/chromium"),
            Int("runs", 5, 100),
            Int("fps-seconds", 30, 600),
            Int("latency-samples", 20, 1_000),
            Int("movers", 200, 500),
            values.GetValueOrDefault("pages", "all") is "all" or "city" or "transit" ? values.GetValueOrDefault("pages", "all") : throw new ArgumentException("--pages must be city, transit or all"),
            values.GetValueOrDefault("out"));
    }
}
