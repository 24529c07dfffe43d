using Microsoft.AspNetCore.Http;
using Polis.Metering.Exports;

namespace Polis.Metering.Api;

/// <summary>
/// The range and resolution of a consumption view or export: <c>from</c>/<c>to</c> as for intervals (instants with an
/// offset; the last 7 days by default; at most <see cref="SeriesRange.MaxIntervalSpan"/>) and <c>resolution</c>
/// (interval, hour, day or month; interval by default).
/// </summary>
internal sealed record ExportQuery(DateTimeOffset From, DateTimeOffset To, ConsumptionResolution Resolution)
{
    public static (ExportQuery Query, Dictionary<string, string[]> Errors) Parse(HttpRequest request, string? from, string? to, string? resolution, DateTimeOffset now)
    {
        var (range, errors) = SeriesRange.Parse(request, from, to, null, "json", now);
        if (errors.Count == 0 && range.To - range.From > SeriesRange.MaxIntervalSpan)
        {
            errors["to"] = [$"One request covers at most {SeriesRange.MaxIntervalSpan.TotalDays:0} days; ask for the rest in further requests."];
        }

        if (!ConsumptionResolutions.TryParse(resolution, out var parsed))
        {
            errors["resolution"] = [$"resolution is {ConsumptionResolutions.Names}."];
        }

        return (new ExportQuery(range.From, range.To, parsed), errors);
    }

    /// <summary>A download's file name: what it is, whose, and the range's UTC dates.</summary>
    public string FileName(string what, string id, string extension) =>
        $"{what}-{id}-{From.UtcDateTime:yyyyMMdd}-{To.UtcDateTime:yyyyMMdd}.{extension}";
}
