using System.Diagnostics;
using MQTTnet.Protocol;

namespace Polis.LoadTest;

/// <summary>Connects C clients, releases them together, and measures the run from first publish to last ack (or send).</summary>
public sealed class LoadRunner(LoadOptions options)
{
    public async Task<LoadResult> RunAsync(CancellationToken cancellationToken)
    {
        var usernames = ReadUsernames();

        // Each QoS gets its own hour in the past, so the QoS 1 and QoS 0 runs against the same devices
        // never write the same (device, key, ts) and every reading is a new row.
        var baseTs = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - (options.Qos == 1 ? 1 : 2) * 3_600_000L;
        var payloadFactory = new PayloadFactory(options.Shape, options.PayloadBytes, baseTs);
        var payloads = Enumerable.Range(0, options.Messages).Select(payloadFactory.Create).ToArray();
        var qos = options.Qos == 1 ? MqttQualityOfServiceLevel.AtLeastOnce : MqttQualityOfServiceLevel.AtMostOnce;

        var clients = Enumerable.Range(0, options.Clients).Select(i => new LoadClient(options, i, usernames[i])).ToArray();
        using var scraper = options.MetricsUrl is { } url ? new MetricsScraper(url) : null;
        try
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(options.Timeout);
            await Task.WhenAll(clients.Select(c => c.ConnectAsync(limit.Token))).ConfigureAwait(false);

            var before = scraper is null ? null : await scraper.ScrapeAsync(limit.Token).ConfigureAwait(false);
            var started = Stopwatch.GetTimestamp();
            await Task.WhenAll(clients.Select(c => c.RunAsync(options.InFlight, qos, options.Topic, payloads, limit.Token))).ConfigureAwait(false);
            var elapsed = Stopwatch.GetElapsedTime(started);
            var timedOut = limit.IsCancellationRequested;

            var sent = clients.Sum(c => c.Sent);
            var acked = clients.Sum(c => c.Acked);
            (double Seconds, double Readings, double Commits)? stored = null;
            if (scraper is not null && before is not null)
            {
                var expected = acked * payloadFactory.ReadingsPerMessage;
                stored = await WaitForStoredAsync(scraper, before, expected, started, cancellationToken).ConfigureAwait(false);
            }

            var latencies = qos == MqttQualityOfServiceLevel.AtLeastOnce
                ? clients.SelectMany(c => c.Latencies).Where(t => t >= 0).Order().ToArray()
                : [];
            return new LoadResult
            {
                Label = options.Label,
                Qos = options.Qos,
                Clients = options.Clients,
                MessagesPerClient = options.Messages,
                InFlight = options.InFlight,
                PayloadBytes = payloads[0].Length,
                Sent = sent,
                Acked = acked,
                Errors = clients.Sum(c => c.Errors),
                FirstError = clients.Select(c => c.FirstError).FirstOrDefault(e => e is not null),
                TimedOut = timedOut,
                ElapsedSeconds = Math.Round(elapsed.TotalSeconds, 3),
                MessagesPerSecond = Math.Round(acked / elapsed.TotalSeconds, 0),
                AckP50Ms = Round(Percentiles.Milliseconds(latencies, 50)),
                AckP95Ms = Round(Percentiles.Milliseconds(latencies, 95)),
                AckP99Ms = Round(Percentiles.Milliseconds(latencies, 99)),
                AckMaxMs = Round(Percentiles.Milliseconds(latencies, 100)),
                StoredAfterSeconds = stored is { } s ? Math.Round(s.Seconds, 3) : null,
                StoredMessagesPerSecond = stored is { } s2 ? Math.Round(acked / s2.Seconds, 0) : null,
                ReadingsStored = stored?.Readings,
                GroupCommits = stored?.Commits,
                ReadingsPerCommit = stored is { Commits: > 0 } s3 ? Math.Round(s3.Readings / s3.Commits, 1) : null,
            };
        }
        finally
        {
            await Task.WhenAll(clients.Select(c => c.DisconnectAsync())).ConfigureAwait(false);
            foreach (var client in clients)
            {
                client.Dispose();
            }
        }
    }

    /// <summary>Polls the readings counter until it covers every acknowledged (or sent) message, within the drain limit.</summary>
    private async Task<(double Seconds, double Readings, double Commits)> WaitForStoredAsync(
        MetricsScraper scraper, IReadOnlyDictionary<string, double> before, long expected, long started, CancellationToken cancellationToken)
    {
        var readings0 = before.GetValueOrDefault(MetricsScraper.ReadingsMetric);
        var commits0 = before.GetValueOrDefault(MetricsScraper.CommitsMetric);
        var deadline = Stopwatch.GetTimestamp() + (long)(options.DrainTimeout.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            var now = await scraper.ScrapeAsync(cancellationToken).ConfigureAwait(false);
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            var readings = now.GetValueOrDefault(MetricsScraper.ReadingsMetric) - readings0;
            var commits = now.GetValueOrDefault(MetricsScraper.CommitsMetric) - commits0;
            if (readings >= expected || Stopwatch.GetTimestamp() > deadline)
            {
                return (seconds, readings, commits);
            }

            await Task.Delay(250, cancellationToken).ConfigureAwait(false);
        }
    }

    private string[] ReadUsernames()
    {
        if (options.TokensFile is null)
        {
            return Enumerable.Repeat("loadtest", options.Clients).ToArray();
        }

        var tokens = File.ReadAllLines(options.TokensFile).Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
        if (tokens.Length < options.Clients)
        {
            throw new ArgumentException($"{options.TokensFile} has {tokens.Length} tokens; {options.Clients} clients need one each.");
        }

        return tokens;
    }

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 3) : null;
}
