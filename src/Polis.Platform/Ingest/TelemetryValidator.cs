using System.Globalization;
using Polis.Contracts.Telemetry;
using Polis.Platform.Devices;

namespace Polis.Platform.Ingest;

/// <summary>
/// Checks parsed readings against the device's profile and the clock. A message is accepted or refused
/// whole, so a device never has half of a message stored without knowing which half.
/// </summary>
public static class TelemetryValidator
{
    /// <summary>Readings stamped before this instant (2000-01-01) are clock errors, not history.</summary>
    public const long EarliestTimestamp = 946_684_800_000;

    public static Rejection? Validate(IReadOnlyList<TelemetryPoint> points, DeviceProfile profile, long now, TimeSpan maxClockSkew)
    {
        var latestAllowed = now + (long)maxClockSkew.TotalMilliseconds;
        foreach (var point in points)
        {
            if (point.Timestamp < EarliestTimestamp || point.Timestamp > latestAllowed)
            {
                return new Rejection(
                    RejectionReason.InvalidTimestamp,
                    $"Timestamp {point.Timestamp} of \"{point.Key}\" is {Describe(point.Timestamp, now)}; readings must lie between 2000-01-01 and {maxClockSkew.TotalMinutes:0} minutes after the server's clock.");
            }

            if (profile.FindKey(point.Key) is not { } definition || (definition.Min is null && definition.Max is null))
            {
                continue;
            }

            if (point.Value.Kind != TelemetryValueKind.Number)
            {
                return new Rejection(RejectionReason.InvalidValue, $"\"{point.Key}\" must be a number for profile '{profile.Id}'; got {point.Value.Kind.ToString().ToLowerInvariant()} {Quote(point.Value)}.");
            }

            var value = point.Value.Number;
            if (value < definition.Min || value > definition.Max)
            {
                return new Rejection(
                    RejectionReason.OutOfRange,
                    string.Create(CultureInfo.InvariantCulture, $"\"{point.Key}\" = {value} is outside the valid range [{definition.Min?.ToString(CultureInfo.InvariantCulture) ?? "-∞"}, {definition.Max?.ToString(CultureInfo.InvariantCulture) ?? "∞"}] {definition.Unit} of profile '{profile.Id}'."));
            }
        }

        return null;
    }

    private static string Describe(long timestamp, long now) =>
        timestamp > now ? "in the future" : "implausibly old";

    private static string Quote(TelemetryValue value)
    {
        var text = value.ToString();
        return text.Length > 40 ? $"\"{text[..40]}…\"" : $"\"{text}\"";
    }
}
