using Polis.Transit.Feeds;
using Polis.Transit.Tracking;

namespace Polis.Dashboard.Transit;

/// <summary>
/// Reads the performance page's figures in process: recorded stop events a page at a time from the tracking store
/// (so memory stays flat however long the range), tallied by <see cref="OnTimeTally"/>, and the stored prediction
/// accuracy through <see cref="PredictionAccuracyReport"/>, as the API answers it. Days are the feed's local days.
/// </summary>
public sealed class TransitPerformanceReader(ITrackingHistoryStore store, ITransitNetworkProvider networks, TimeProvider time)
{
    public const int PageSize = 10_000;

    /// <summary>Beyond this many calls the page says it counted only the first ones: a month of a large city would take minutes.</summary>
    public const int MaxEvents = 1_000_000;

    /// <summary>The longest range the page offers, as the accuracy API allows.</summary>
    public const int MaxDays = Polis.Transit.Tracking.Api.PredictionAccuracyEndpoints.MaxDays;

    public TimeZoneInfo Zone => networks.Current?.TimeZone ?? TimeZoneInfo.Utc;

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone).DateTime);

    public async Task<TransitPerformance> ReadAsync(DateOnly first, DateOnly last, string? routeId, CancellationToken cancellationToken)
    {
        var network = networks.Current;
        var zone = Zone;
        var tally = new OnTimeTally(zone);
        var truncated = await TallyAsync(tally, DayStart(first, zone), DayStart(last.AddDays(1), zone), routeId, cancellationToken);
        RoutePunctuality[] routes = [.. tally.Routes
            .Select(r => new RoutePunctuality(r.Key, network?.Routes.GetValueOrDefault(r.Key)?.DisplayName ?? r.Key, r.Value))
            .OrderBy(r => r.RouteName, StringComparer.Ordinal)];
        var accuracy = await PredictionAccuracyReport.ReadAsync(store, first, last, routeId, cancellationToken);
        return new TransitPerformance(first, last, routeId, zone, routes, tally.Hours, tally.Counted, truncated, accuracy);
    }

    /// <summary>Pages through [from, to) by event time; true when it stopped at <see cref="MaxEvents"/>.</summary>
    private async Task<bool> TallyAsync(OnTimeTally tally, DateTimeOffset from, DateTimeOffset to, string? routeId, CancellationToken cancellationToken)
    {
        var cursor = from;
        var atCursor = new HashSet<(string RunKey, int Sequence, string VehicleId)>();
        var read = 0;
        while (true)
        {
            var page = await store.ListStopEventsAsync(new StopEventQuery(cursor, to, routeId, Limit: PageSize), cancellationToken);
            foreach (var call in page)
            {
                // The next page starts at the last page's last instant: calls at that instant already counted are skipped.
                if (call.Time != cursor || !atCursor.Contains((call.RunKey, call.StopSequence, call.VehicleId)))
                {
                    tally.Add(call);
                }
            }

            read += page.Count;
            if (page.Count < PageSize)
            {
                return false;
            }

            if (read >= MaxEvents)
            {
                return true;
            }

            var last = page[^1].Time;
            // A whole page at one millisecond (never seen: that is 10,000 calls at once) would repeat forever: move on.
            cursor = last == cursor ? last.AddMilliseconds(1) : last;
            atCursor = [.. page.Where(c => c.Time == last).Select(c => (c.RunKey, c.StopSequence, c.VehicleId))];
        }
    }

    /// <summary>Local midnight of <paramref name="date"/> in the feed's zone (a DST gap's missing hour resolved forward).</summary>
    private static DateTimeOffset DayStart(DateOnly date, TimeZoneInfo zone)
    {
        var midnight = date.ToDateTime(TimeOnly.MinValue);
        while (zone.IsInvalidTime(midnight))
        {
            midnight = midnight.AddMinutes(30);
        }

        return new DateTimeOffset(midnight, zone.GetUtcOffset(midnight));
    }
}
