using System.Globalization;

namespace Polis.LoadTest;

/// <summary>Reads counters from a Prometheus text endpoint (sum over all label sets of one metric name).</summary>
public sealed class MetricsScraper : IDisposable
{
    public const string ReadingsMetric = "polis_ingest_readings_total";
    public const string CommitsMetric = "polis_telemetry_store_commits_total";

    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly Uri _url;

    public MetricsScraper(Uri url) => _url = url;

    public async Task<IReadOnlyDictionary<string, double>> ScrapeAsync(CancellationToken cancellationToken)
    {
        var text = await _http.GetStringAsync(_url, cancellationToken).ConfigureAwait(false);
        return Parse(text);
    }

    public static IReadOnlyDictionary<string, double> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sums = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var nameEnd = line.IndexOfAny(['{', ' ']);
            if (nameEnd <= 0)
            {
                continue;
            }

            var name = line[..nameEnd];
            var valueStart = line[nameEnd] == '{' ? line.IndexOf("} ", nameEnd, StringComparison.Ordinal) + 2 : nameEnd + 1;
            if (valueStart < 2)
            {
                continue;
            }

            var fields = line[valueStart..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length > 0 && double.TryParse(fields[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                sums[name] = sums.GetValueOrDefault(name) + value;
            }
        }

        return sums;
    }

    public void Dispose() => _http.Dispose();
}
