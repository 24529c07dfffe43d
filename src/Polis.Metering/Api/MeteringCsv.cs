using System.Globalization;
using System.Text;
using Polis.Metering.Ingest;
using Polis.Metering.Readings;

namespace Polis.Metering.Api;

/// <summary>CSV renderings of reads and interval values (RFC 4180; instants ISO 8601 UTC; a meter column for service points).</summary>
internal static class MeteringCsv
{
    public const string MediaType = "text/csv";

    public static string Reads(IEnumerable<(string MeterId, StoredRegisterRead Read)> rows, bool withMeter)
    {
        var csv = new StringBuilder(withMeter ? "meter_id," : string.Empty).Append("instant,value,received,source,duplicates,conflicting_values\n");
        foreach (var (meterId, read) in rows)
        {
            if (withMeter)
            {
                csv.Append(Field(meterId)).Append(',');
            }

            csv.Append(Instant(read.At)).Append(',').Append(Number(read.Value)).Append(',').Append(Instant(read.ReceivedAt)).Append(',')
                .Append(read.Source.ToString().ToLowerInvariant()).Append(',').Append(read.Duplicates.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(string.Join(';', read.ConflictingValues.Select(Number))).Append('\n');
        }

        return csv.ToString();
    }

    public static string Intervals(IEnumerable<(string MeterId, StoredInterval Interval)> rows, bool withMeter)
    {
        var csv = new StringBuilder(withMeter ? "meter_id," : string.Empty).Append("start,end,quantity,quality,rule,reason\n");
        foreach (var (meterId, interval) in rows)
        {
            if (withMeter)
            {
                csv.Append(Field(meterId)).Append(',');
            }

            csv.Append(Instant(interval.Value.Start)).Append(',').Append(Instant(interval.Value.End)).Append(',').Append(Number(interval.Value.Quantity)).Append(',')
                .Append(interval.Value.Quality.ToString().ToLowerInvariant()).Append(',').Append(Field(interval.Rule)).Append(',').Append(Field(interval.Reason)).Append('\n');
        }

        return csv.ToString();
    }

    public static string Instant(DateTimeOffset instant) => Instants.Format(instant);

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Field(string? text) =>
        text is null ? string.Empty
        : text.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
