namespace Polis.Metering.Ingest;

/// <summary>Adds one ingest call's readings of a device without a meter to its tally for the next write.</summary>
internal static class UnassignedTally
{
    public static UnassignedDevice Add(UnassignedDevice? tally, DeviceRegisterReadings readings)
    {
        var first = readings.Points.MinBy(p => p.Timestamp)!;
        var last = readings.Points.MaxBy(p => p.Timestamp)!;
        var firstAt = DateTimeOffset.FromUnixTimeMilliseconds(first.Timestamp);
        var lastAt = DateTimeOffset.FromUnixTimeMilliseconds(last.Timestamp);
        if (tally is null)
        {
            return new UnassignedDevice(readings.DeviceId, readings.ProfileId, readings.Points.Count, firstAt, lastAt, last.Value.Number, readings.ReceivedAt);
        }

        var newer = lastAt >= tally.LastReadingAt;
        return tally with
        {
            Readings = tally.Readings + readings.Points.Count,
            FirstReadingAt = firstAt < tally.FirstReadingAt ? firstAt : tally.FirstReadingAt,
            LastReadingAt = newer ? lastAt : tally.LastReadingAt,
            LastValue = newer ? last.Value.Number : tally.LastValue,
            LastReceivedAt = readings.ReceivedAt > tally.LastReceivedAt ? readings.ReceivedAt : tally.LastReceivedAt,
        };
    }
}
