using Microsoft.Data.Sqlite;
using Polis.Metering.Readings;

namespace Polis.Storage.Sqlite.Metering;

/// <summary>
/// How interval values are laid out in metering_intervals: start in Unix seconds, length in whole minutes, quality as
/// its <see cref="ReadingQuality"/> number. Instants finer than a second (or lengths finer than a minute) are refused.
/// </summary>
internal static class IntervalRows
{
    public const string Columns = "start_at, minutes, quantity, quality, rule, reason";

    public const string AuditColumns = "interval_start, interval_end, old_quantity, old_quality, new_quantity, new_quality, rule, reason, actor, at";

    public static long Seconds(DateTimeOffset instant) =>
        instant.UtcTicks % TimeSpan.TicksPerSecond == 0
            ? instant.ToUnixTimeSeconds()
            : throw new ArgumentException($"Interval instants are whole seconds; {instant:O} is not.", nameof(instant));

    /// <summary>The first whole second at or after <paramref name="instant"/>: a start in [from, to) is ≥ the ceiling of from and &lt; the ceiling of to.</summary>
    public static long CeilingSeconds(DateTimeOffset instant) =>
        instant.ToUnixTimeSeconds() + (instant.UtcTicks % TimeSpan.TicksPerSecond == 0 ? 0 : 1);

    public static int Minutes(IntervalValue value)
    {
        var length = value.End - value.Start;
        return length > TimeSpan.Zero && length.Ticks % TimeSpan.TicksPerMinute == 0
            ? (int)(length.Ticks / TimeSpan.TicksPerMinute)
            : throw new ArgumentException($"Interval lengths are whole minutes above zero; {value.Start:O}–{value.End:O} is not.", nameof(value));
    }

    public static DateTimeOffset Instant(long seconds) => DateTimeOffset.FromUnixTimeSeconds(seconds);

    public static StoredInterval Read(SqliteDataReader r)
    {
        var start = Instant(r.GetInt64(0));
        return new StoredInterval(
            new IntervalValue(start, start.AddMinutes(r.GetInt32(1)), r.GetDouble(2), (ReadingQuality)r.GetInt32(3)),
            r.IsDBNull(4) ? null : r.GetString(4),
            r.IsDBNull(5) ? null : r.GetString(5));
    }

    public static IntervalAuditRecord ReadAudit(SqliteDataReader r) => new(
        Instant(r.GetInt64(0)), Instant(r.GetInt64(1)),
        r.IsDBNull(2) ? null : r.GetDouble(2), r.IsDBNull(3) ? null : (ReadingQuality)r.GetInt32(3),
        r.GetDouble(4), (ReadingQuality)r.GetInt32(5), r.GetString(6), r.GetString(7), r.GetString(8),
        DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(9)));

    /// <summary>Whether a stored value already is what a save gives.</summary>
    public static bool Same(StoredInterval stored, StoredInterval given) =>
        stored.Value.End == given.Value.End && stored.Value.Quantity.Equals(given.Value.Quantity) && stored.Value.Quality == given.Value.Quality
        && stored.Rule == given.Rule && stored.Reason == given.Reason;
}
