using Polis.Transit.Realtime.Protobuf;

namespace Polis.Transit.Realtime;

/// <summary>What every Polis GTFS-Realtime feed shares: a version 2.0, FULL_DATASET header stamped with the build time.</summary>
public static class FeedMessages
{
    public const string Version = "2.0";

    /// <summary>
    /// A feed with a header and no entities: also what is served before any static feed is imported. Incrementality
    /// is set explicitly (proto2 would otherwise leave it unset on the wire, E049).
    /// </summary>
    public static FeedMessage Empty(DateTimeOffset now) => new()
    {
        Header = new FeedHeader
        {
            GtfsRealtimeVersion = Version,
            Incrementality = FeedHeader.Types.Incrementality.FullDataset,
            Timestamp = PosixTime.Seconds(now),
        },
    };

    /// <summary>An entity timestamp no later than the header's (E012), whatever the device's clock said.</summary>
    public static ulong EntityTimestamp(DateTimeOffset reported, DateTimeOffset now) => PosixTime.Seconds(reported < now ? reported : now);
}
