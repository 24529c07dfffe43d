using Microsoft.AspNetCore.Http;

namespace Polis.Metering.Api;

/// <summary>
/// The range, row limit and format of a reads or intervals request: <c>from</c>/<c>to</c> (instants; by default the
/// last 7 days up to now), <c>limit</c> (reads per meter, at most <see cref="MaxLimit"/>), <c>format=csv</c> or an
/// Accept of text/csv for CSV.
/// </summary>
internal sealed record SeriesRange(DateTimeOffset From, DateTimeOffset To, int Limit, bool Csv)
{
    public const int MaxLimit = 100_000;

    public const int DefaultLimit = 10_000;

    /// <summary>The longest range of one interval request (a year of quarter hours is about 35,000 values).</summary>
    public static readonly TimeSpan MaxIntervalSpan = TimeSpan.FromDays(400);

    public static (SeriesRange Range, Dictionary<string, string[]> Errors) Parse(HttpRequest request, string? from, string? to, int? limit, string? format, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        var fields = new RequestFields();
        var end = fields.Instant(to, "to", required: false) ?? now;
        var start = fields.Instant(from, "from", required: false) ?? end.AddDays(-7);
        if (fields.IsValid && start >= end)
        {
            fields.Fail("from", "from must be before to: the range is [from, to).");
        }

        if (limit is < 1 or > MaxLimit)
        {
            fields.Fail("limit", $"limit is between 1 and {MaxLimit}.");
        }

        var csv = format switch
        {
            null => request.Headers.Accept.Any(a => a?.Contains("text/csv", StringComparison.OrdinalIgnoreCase) == true),
            "csv" => true,
            "json" => false,
            _ => Fail(fields),
        };
        return (new SeriesRange(start, end, limit ?? DefaultLimit, csv), fields.Errors);
    }

    /// <summary>The part of this range an installation covers, or null when it covers none.</summary>
    public (DateTimeOffset From, DateTimeOffset To)? Within(Meters.Installation installation)
    {
        ArgumentNullException.ThrowIfNull(installation);
        var from = installation.From > From ? installation.From : From;
        var to = installation.To is { } end && end < To ? end : To;
        return from < to ? (from, to) : null;
    }

    private static bool Fail(RequestFields fields)
    {
        fields.Fail("format", "format is json or csv.");
        return false;
    }
}
