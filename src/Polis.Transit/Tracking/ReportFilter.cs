using Polis.Transit.Geometry;
using Polis.Transit.Live;

namespace Polis.Transit.Tracking;

/// <summary>
/// Decides whether a vehicle report can be used. Order matters: impossible values first, then time (future, stale,
/// out of order), then the GPS-jump test against the last accepted fix. A jump is held back rather than believed;
/// when the next report is plausible from the jumped-to place (and not from the old one) the jump is confirmed and
/// that report accepted, so a GPS that recovers, or a vehicle that was towed, is followed after one report.
/// </summary>
public static class ReportFilter
{
    public static ReportVerdict Check(VehicleReport report, ReportFilterState state, DateTimeOffset now, TrackingOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(options);
        if (!double.IsFinite(report.Latitude) || !double.IsFinite(report.Longitude) || Math.Abs(report.Latitude) > 90 || Math.Abs(report.Longitude) > 180)
        {
            return new ReportVerdict(ReportRejection.ImpossibleCoordinates, state);
        }

        if (!GeoMath.IsPlausible(report.Latitude, report.Longitude))
        {
            return new ReportVerdict(ReportRejection.NoFix, state);
        }

        if (report.Timestamp > now + options.MaxClockSkew)
        {
            return new ReportVerdict(ReportRejection.FutureTimestamp, state);
        }

        if (now - report.Timestamp > options.MaxReportAge)
        {
            return new ReportVerdict(ReportRejection.Stale, state);
        }

        var fix = new VehiclePosition(report.Latitude, report.Longitude, report.Bearing, report.SpeedMetresPerSecond, report.Timestamp);
        if (state.LastAccepted is not { } last)
        {
            return new ReportVerdict(null, new ReportFilterState(fix, null));
        }

        if (report.Timestamp < last.Timestamp)
        {
            return new ReportVerdict(ReportRejection.OutOfOrder, state);
        }

        if (report.Timestamp == last.Timestamp)
        {
            return new ReportVerdict(ReportRejection.Duplicate, state);
        }

        if (Reachable(last, fix, options))
        {
            return new ReportVerdict(null, new ReportFilterState(fix, null));
        }

        // Implausible from the last accepted place: believe it only once a second report agrees with it.
        if (state.PendingJump is { } pending && pending.Timestamp < fix.Timestamp && Reachable(pending, fix, options))
        {
            return new ReportVerdict(null, new ReportFilterState(fix, null), Relocated: true);
        }

        return new ReportVerdict(ReportRejection.GpsJump, state with { PendingJump = fix });
    }

    /// <summary>True when going from one fix to the next needs no more than the plausible top speed (noise forgiven).</summary>
    public static bool Reachable(VehiclePosition from, VehiclePosition to, TrackingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var seconds = (to.Timestamp - from.Timestamp).TotalSeconds;
        var metres = GeoMath.DistanceMetres(from.Latitude, from.Longitude, to.Latitude, to.Longitude) - (2 * options.GpsNoiseMetres);
        return metres <= 0 || (seconds > 0 && metres / seconds <= options.MaxSpeedMetresPerSecond);
    }
}
