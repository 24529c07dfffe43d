using System.Globalization;

namespace Polis.Metering.Ingest;

/// <summary>The row checks of an import: a plausible instant not in the future, a finite non-negative number.</summary>
public static class ReadImportRules
{
    /// <summary>Readings stamped before 2000-01-01 are clock errors, not history (as the platform's ingest holds).</summary>
    public static readonly DateTimeOffset Earliest = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The instant and value of a row, or why it is refused.</summary>
    public static (DateTimeOffset At, double Value, string? Refusal) Check(ReadImportRow row, DateTimeOffset now, TimeSpan maxClockSkew)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (!Instants.TryParse(row.Instant, out var at))
        {
            return (default, 0, $"not an instant: expected {Instants.Expected}");
        }

        if (at > now + maxClockSkew)
        {
            return (at, 0, $"future timestamp: {Instants.Format(at)} is after the server's clock ({Instants.Format(now)}) by more than {maxClockSkew.TotalMinutes:0} minutes");
        }

        if (at < Earliest)
        {
            return (at, 0, $"implausibly old timestamp: {Instants.Format(at)} is before 2000-01-01");
        }

        if (!double.TryParse(row.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            return (at, 0, $"not a number: \"{Shorten(row.Value)}\"");
        }

        return value < 0 ? (at, value, $"negative: {ReadImportParser.Format(value)} (a register never shows less than zero)") : (at, value, null);
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
