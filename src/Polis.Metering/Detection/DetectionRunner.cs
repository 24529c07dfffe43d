using System.Text.Json;
using Microsoft.Extensions.Options;
using Polis.Metering.Meters;
using Polis.Metering.Readings;
using Polis.Platform.City;

namespace Polis.Metering.Detection;

/// <summary>
/// One detection run over local days [from, to): every meter's validated values (from
/// <see cref="DetectionOptions.LookbackDays"/> before) are streamed in batches over one connection — never a query
/// per meter — and assessed; then every feeder's balance. Findings seen are recorded, open findings of an assessed
/// kind not seen again are resolved. Runs never overlap (scheduled and on-demand ones queue).
/// </summary>
public sealed class DetectionRunner(
    IMeterStore meters, IServicePointStore servicePoints, IInstallationStore installations, IIntervalStore intervals, FeederBalances balances,
    FindingRecorder recorder, IOptions<DetectionOptions> options, IOptions<CityOptions> city) : IDisposable
{
    private const int BatchSize = 500;
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<DetectionRunResult> RunAsync(DateOnly from, DateOnly to, IReadOnlyCollection<string>? meterIds, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await RunLockedAsync(from, to, meterIds, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<DetectionRunResult> RunLockedAsync(DateOnly from, DateOnly to, IReadOnlyCollection<string>? meterIds, CancellationToken cancellationToken)
    {
        var (zone, settings) = (city.Value.Zone, options.Value);
        var (start, end) = (LocalTime.Midnight(from, zone), LocalTime.Midnight(to, zone));
        var wanted = meterIds?.ToHashSet(StringComparer.Ordinal);
        var all = (await RegistryPages.AllMetersAsync(meters, cancellationToken)).Where(m => wanted is null || wanted.Contains(m.Id)).ToDictionary(m => m.Id, StringComparer.Ordinal);
        var points = (await RegistryPages.ServicePointsAsync(servicePoints, new ServicePointQuery(), cancellationToken)).ToDictionary(p => p.Id, StringComparer.Ordinal);
        var placed = new Dictionary<string, ServicePoint>(StringComparer.Ordinal);
        foreach (var installation in await installations.ListAsync(new InstallationQuery(From: start, To: end), cancellationToken))
        {
            if (points.TryGetValue(installation.ServicePointId, out var point))
            {
                placed[installation.MeterId] = point; // ordered by start: the latest installation in the range wins
            }
        }

        var feeders = points.Values.SelectMany(p => p.FeederMeterIds).ToHashSet(StringComparer.Ordinal);
        var open = (await recorder.Store.ListOpenAsync(all.Keys, cancellationToken)).ToDictionary(f => (f.MeterId, f.Kind));
        var tally = new Tally();
        foreach (var batch in all.Keys.Order(StringComparer.Ordinal).Chunk(BatchSize))
        {
            await foreach (var series in intervals.StreamAsync(batch, start.AddDays(-settings.LookbackDays), end, cancellationToken))
            {
                var context = new MeterContext(all[series.MeterId], placed.GetValueOrDefault(series.MeterId));
                var values = series.Values.Select(v => v.Value).ToArray();
                var knownBase = open.TryGetValue((series.MeterId, FindingKind.NightFlow), out var leak) ? BaseFlowOf(leak) : null;
                var assessment = MeterDetectors.Assess(context, values, feeders.Contains(series.MeterId), from, to, zone, settings, knownBase);
                await ApplyAsync(context, assessment.Assessed, assessment.Found, open, tally, cancellationToken);
            }
        }

        var feederCount = 0;
        foreach (var feederId in feeders.Where(all.ContainsKey).Order(StringComparer.Ordinal))
        {
            if (await balances.ComputeAsync(feederId, from, to, zone, cancellationToken) is not { } balance)
            {
                continue;
            }

            feederCount++;
            var condition = BalanceCalculator.Detect(feederId, balance.Days, balance.Members, settings.LossPercent(balance.Kind), zone, settings);
            await ApplyAsync(new MeterContext(all[feederId], placed.GetValueOrDefault(feederId)), [FindingKind.Losses], condition is null ? [] : [condition], open, tally, cancellationToken);
        }

        return new DetectionRunResult(from, to, all.Count, feederCount, tally.Opened, tally.Updated, tally.Resolved);
    }

    private async Task ApplyAsync(
        MeterContext meter, IReadOnlyList<FindingKind> assessed, IReadOnlyList<DetectedCondition> found, Dictionary<(string, FindingKind), DetectionFinding> open,
        Tally tally, CancellationToken cancellationToken)
    {
        foreach (var condition in found)
        {
            var (_, created) = await recorder.RecordAsync(condition, meter, cancellationToken);
            (created ? ref tally.Opened : ref tally.Updated)++;
        }

        foreach (var kind in assessed)
        {
            if (open.TryGetValue((meter.Meter.Id, kind), out var finding) && !found.Any(c => c.Kind == kind)
                && await recorder.ResolveAsync(finding, meter.Meter.DeviceId, cancellationToken))
            {
                tally.Resolved++;
            }
        }
    }

    public void Dispose() => _gate.Dispose();

    /// <summary>The base flow an open leak finding was raised against (so the leak is not learned as the new normal).</summary>
    private static double? BaseFlowOf(DetectionFinding finding)
    {
        using var evidence = JsonDocument.Parse(finding.EvidenceJson);
        return evidence.RootElement.TryGetProperty("baseFlow", out var value) && value.TryGetDouble(out var flow) ? flow : null;
    }

    private sealed class Tally
    {
        public int Opened;
        public int Updated;
        public int Resolved;
    }
}
