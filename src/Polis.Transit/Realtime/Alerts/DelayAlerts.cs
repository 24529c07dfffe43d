using System.Globalization;

namespace Polis.Transit.Realtime.Alerts;

/// <summary>
/// The pure part of automatic delay alerts: given the vehicles the feeds publish with runs and the delay alerts
/// already stored, which to raise, update and clear. An alert's id is derived from its run's key, so a check after a
/// restart finds the stored alert instead of raising a second one. A run at or above the threshold raises; a raised
/// one stays while the delay is at least <see cref="DelayAlertOptions.ClearBelow"/> (its header follows the minutes)
/// and clears below it, or when no fresh vehicle runs it any more (stale, unmatched, run finished, run cancelled).
/// </summary>
public static class DelayAlerts
{
    public const string IdPrefix = "delay-";

    /// <summary>The name automatic alerts are created and updated by.</summary>
    public const string Actor = "polis";

    public static string IdFor(Timetable.TripInstance run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return IdPrefix + run.Key;
    }

    public static bool IsDelayAlert(ServiceAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return alert.Source == AlertSource.Automatic && alert.Id.StartsWith(IdPrefix, StringComparison.Ordinal);
    }

    public static DelayAlertPlan Plan(IReadOnlyList<FeedVehicle> vehicles, IReadOnlyList<ServiceAlert> stored, DelayAlertOptions options, TimeZoneInfo timeZone, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(vehicles);
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(options);
        var existing = stored.Where(IsDelayAlert).ToDictionary(a => a.Id, StringComparer.Ordinal);
        var add = new List<ServiceAlert>();
        var replace = new List<ServiceAlert>();
        var kept = new HashSet<string>(StringComparer.Ordinal);
        foreach (var vehicle in vehicles)
        {
            if (vehicle.Run is not { } run || vehicle.State.DelaySeconds is not int delay)
            {
                continue;
            }

            var id = IdFor(run);
            var raised = existing.TryGetValue(id, out var alert);
            if (delay < (raised ? options.ClearBelow : options.Threshold).TotalSeconds)
            {
                continue;
            }

            kept.Add(id);
            var header = Header(run, delay, timeZone);
            if (!raised)
            {
                add.Add(RunAlerts.Automatic(id, AlertEffect.SignificantDelays, header, null, run, now, null, Actor));
            }
            else if (!string.Equals(alert!.Header, header, StringComparison.Ordinal))
            {
                replace.Add(alert with { Header = header, UpdatedBy = Actor, UpdatedAt = now });
            }
        }

        return new DelayAlertPlan(add, replace, [.. existing.Keys.Where(id => !kept.Contains(id)).Order(StringComparer.Ordinal)]);
    }

    /// <summary>"Route 1, 08:00 to Airport is running 12 min late" (whole minutes, rounded down).</summary>
    public static string Header(Timetable.TripInstance run, int delaySeconds, TimeZoneInfo timeZone) =>
        string.Create(CultureInfo.InvariantCulture, $"{RunAlerts.Describe(run, timeZone)} is running {delaySeconds / 60} min late");
}
