using Polis.Metering.Billing;
using Polis.Metering.Readings;

namespace Polis.Metering.Exports;

/// <summary>
/// Sums validated interval values into local hours, days or months of the city's zone. A value belongs to the bucket its
/// start falls in (as bills attribute it), so a 25-hour autumn day is one day bucket of 25 hourly values and two
/// 02:00 hour buckets; a 23-hour spring day has no 02:00 bucket at all.
/// </summary>
public static class ConsumptionAggregator
{
    /// <summary>The buckets of <paramref name="values"/> (sorted by start, as stores return them), in time order.</summary>
    public static IReadOnlyList<ConsumptionBucket> Aggregate(IReadOnlyList<StoredInterval> values, ConsumptionResolution resolution, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(zone);
        var buckets = new List<ConsumptionBucket>();
        ConsumptionBucket? open = null;
        foreach (var stored in values)
        {
            var value = stored.Value;
            var (start, end) = resolution == ConsumptionResolution.Interval ? (value.Start, value.End) : BucketOf(value.Start, resolution, zone);
            if (open is { } current && current.Start == start)
            {
                open = Add(current, value);
                continue;
            }

            if (open is { } done)
            {
                buckets.Add(done);
            }

            open = Add(new ConsumptionBucket(start, end, 0, ReadingQuality.Valid, 0, 0, 0), value);
        }

        if (open is { } last)
        {
            buckets.Add(last);
        }

        return buckets;
    }

    /// <summary>The local hour, day or month containing <paramref name="instant"/>, as UTC instants.</summary>
    public static (DateTimeOffset Start, DateTimeOffset End) BucketOf(DateTimeOffset instant, ConsumptionResolution resolution, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var date = DateOnly.FromDateTime(local.DateTime);
        switch (resolution)
        {
            case ConsumptionResolution.Hour:
                // Counting back the local minutes keeps both autumn 02:00 hours apart and works in half-hour zones.
                var hourStart = instant.ToUniversalTime() - (local.TimeOfDay - TimeSpan.FromHours(local.Hour));
                return (hourStart, hourStart.AddHours(1));
            case ConsumptionResolution.Day:
                return (LocalDays.StartUtc(date, zone), LocalDays.StartUtc(date.AddDays(1), zone));
            case ConsumptionResolution.Month:
                var month = new DateOnly(date.Year, date.Month, 1);
                return (LocalDays.StartUtc(month, zone), LocalDays.StartUtc(month.AddMonths(1), zone));
            default:
                throw new ArgumentOutOfRangeException(nameof(resolution), resolution, "a bucket is an hour, a day or a month");
        }
    }

    /// <summary>Worst first: a bucket is as good as its worst value.</summary>
    public static int Severity(ReadingQuality quality) => quality switch
    {
        ReadingQuality.Questionable => 3,
        ReadingQuality.Estimated => 2,
        ReadingQuality.Edited => 1,
        _ => 0,
    };

    private static ConsumptionBucket Add(ConsumptionBucket bucket, IntervalValue value)
    {
        var estimated = value.Quality == ReadingQuality.Estimated;
        return bucket with
        {
            Quantity = bucket.Quantity + value.Quantity,
            Quality = Severity(value.Quality) > Severity(bucket.Quality) ? value.Quality : bucket.Quality,
            Intervals = bucket.Intervals + 1,
            EstimatedIntervals = bucket.EstimatedIntervals + (estimated ? 1 : 0),
            EstimatedQuantity = bucket.EstimatedQuantity + (estimated ? value.Quantity : 0),
        };
    }
}
