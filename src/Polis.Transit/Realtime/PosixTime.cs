namespace Polis.Transit.Realtime;

/// <summary>GTFS-Realtime times: whole seconds since 1970-01-01 UTC (E001: never milliseconds).</summary>
public static class PosixTime
{
    public static ulong Seconds(DateTimeOffset instant) => (ulong)Math.Max(0, instant.ToUnixTimeSeconds());

    public static DateTimeOffset FromSeconds(ulong seconds) => DateTimeOffset.FromUnixTimeSeconds((long)Math.Min(seconds, 253_402_300_799UL));
}
