using System.Globalization;
using Polis.Metering.Api;
using Polis.Metering.Meters;
using Polis.Metering.Readings;

namespace Polis.Metering.Exports;

/// <summary>
/// Consumption as CSV (RFC 4180, with the header below, CRLF-free rows as the module's other CSVs): one row per service
/// point × meter × interval or bucket, instants in ISO 8601 UTC and in the city's local time with its offset, the
/// quantity in the kind's unit, the bucket's worst quality, how many intervals it sums and the share of them estimated.
/// Written part by part, so only one meter's range is held at a time.
/// </summary>
public static class ConsumptionCsvWriter
{
    public const string Header = "service_point_id,meter_id,kind,start_utc,end_utc,start_local,end_local,quantity,unit,quality,intervals,estimated_share";

    public static async Task WriteAsync(TextWriter output, IReadOnlyList<ExportPart> parts, ConsumptionResolution resolution, TimeZoneInfo zone,
        IIntervalStore intervals, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(intervals);
        await output.WriteAsync(Header + "\n");
        foreach (var part in parts)
        {
            var values = await intervals.ListAsync(part.Meter.Id, part.From, part.To, cancellationToken);
            var prefix = $"{MeteringCsv.Field(part.ServicePoint.Id)},{MeteringCsv.Field(part.Meter.Id)},{part.Meter.Kind.ToString().ToLowerInvariant()},";
            var unit = MeterKinds.UnitOf(part.Meter.Kind);
            foreach (var bucket in ConsumptionAggregator.Aggregate(values, resolution, zone))
            {
                await output.WriteAsync(prefix + Row(bucket, unit, zone));
            }

            await output.FlushAsync(cancellationToken);
        }
    }

    /// <summary>A local instant with its offset, to the second (2026-10-25T02:00:00+01:00).</summary>
    public static string Local(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string Row(ConsumptionBucket bucket, string unit, TimeZoneInfo zone) => string.Join(',',
        MeteringCsv.Instant(bucket.Start), MeteringCsv.Instant(bucket.End), Local(bucket.Start, zone), Local(bucket.End, zone),
        MeteringCsv.Number(bucket.Quantity), unit, bucket.Quality.ToString().ToLowerInvariant(),
        bucket.Intervals.ToString(CultureInfo.InvariantCulture), MeteringCsv.Number(Math.Round(bucket.EstimatedShare, 4))) + "\n";
}
