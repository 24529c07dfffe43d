using System.Globalization;

namespace Polis.Metering.Registers;

/// <summary>How reasons written on values and in the audit trail show numbers and instants (invariant, UTC).</summary>
internal static class ReasonText
{
    public static string Number(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    public static string Instant(long utcTicks) => Instant(new DateTimeOffset(utcTicks, TimeSpan.Zero));

    public static string Instant(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Hours(TimeSpan span) => span.TotalHours.ToString("0.##", CultureInfo.InvariantCulture) + " h";
}
