using Polis.Metering.Readings;

namespace Polis.Metering.Api;

/// <summary>An interval value of the current series as the API shows it.</summary>
public sealed record IntervalResponse(DateTimeOffset Start, DateTimeOffset End, double Quantity, ReadingQuality Quality, string? Rule, string? Reason)
{
    public static IntervalResponse From(StoredInterval stored) =>
        new(stored.Value.Start, stored.Value.End, stored.Value.Quantity, stored.Value.Quality, stored.Rule, stored.Reason);
}
