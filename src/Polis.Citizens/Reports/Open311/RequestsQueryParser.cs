using System.Globalization;
using Microsoft.AspNetCore.Http;
using Polis.Citizens.Reports.Store;

namespace Polis.Citizens.Reports.Open311;

/// <summary>
/// The filters of GET requests as the spec defines them: <c>service_request_id</c> (comma list) overrides all others;
/// <c>service_code</c>, <c>start_date</c>/<c>end_date</c> (a span of at most 90 days, the last 90 days when neither is
/// given), <c>status</c> (open, closed or both, comma list); FixMyStreet's paging <c>page</c>/<c>page_size</c>, at most
/// 1000 a page.
/// </summary>
public static class RequestsQueryParser
{
    public const int MaxPageSize = 1000;
    public static readonly TimeSpan MaxSpan = TimeSpan.FromDays(90);

    public static (ReportQuery? Query, string? Error) Parse(IQueryCollection query, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (offset, limit, pagingError) = Paging(query);
        if (pagingError is not null)
        {
            return (null, pagingError);
        }

        if (List(query, "service_request_id") is { Count: > 0 } idTexts)
        {
            var ids = idTexts.Select(t => long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : (long?)null).ToList();
            return ids.Contains(null) || ids.Count > MaxPageSize
                ? (null, $"service_request_id must be a comma list of at most {MaxPageSize} request ids.")
                : (new ReportQuery(Ids: ids.Select(i => i!.Value).ToList(), Offset: offset, Limit: limit), null);
        }

        var (from, to, dateError) = Dates(query, now);
        if (dateError is not null)
        {
            return (null, dateError);
        }

        var statuses = List(query, "status").Select(s => s.ToLowerInvariant()).Distinct().ToList();
        if (statuses.Any(s => s is not ("open" or "closed")))
        {
            return (null, "status must be open, closed or both (comma separated).");
        }

        bool? open = statuses.Count == 1 ? statuses[0] == "open" : null;
        var codes = List(query, "service_code");
        return (new ReportQuery(ServiceCodes: codes.Count > 0 ? codes : null, From: from, To: to, Open: open, Offset: offset, Limit: limit), null);
    }

    private static (DateTimeOffset From, DateTimeOffset To, string? Error) Dates(IQueryCollection query, DateTimeOffset now)
    {
        var start = Date(query, "start_date", out var startError);
        var end = Date(query, "end_date", out var endError);
        if ((startError ?? endError) is { } error)
        {
            return (default, default, error);
        }

        var to = end ?? (start is { } s ? s + MaxSpan : now);
        var from = start ?? to - MaxSpan;
        return to < from ? (from, to, "end_date is before start_date.")
            : to - from > MaxSpan ? (from, to, "start_date and end_date may not span more than 90 days.")
            : (from, to, null);
    }

    private static DateTimeOffset? Date(IQueryCollection query, string name, out string? error)
    {
        error = null;
        var text = query[name].ToString().Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
        {
            return date;
        }

        error = $"{name} '{text}' is not a W3C date-time (e.g. 2010-01-01T00:00:00Z).";
        return null;
    }

    private static (int Offset, int Limit, string? Error) Paging(IQueryCollection query)
    {
        var page = Number(query, "page", 1);
        var size = Number(query, "page_size", MaxPageSize);
        return page is null or < 1 || size is null or < 1 or > MaxPageSize || (long)(page - 1) * size > int.MaxValue
            ? (0, 0, $"page must be 1 or more and page_size between 1 and {MaxPageSize}.")
            : ((page.Value - 1) * size.Value, size.Value, null);
    }

    private static int? Number(IQueryCollection query, string name, int fallback)
    {
        var text = query[name].ToString().Trim();
        return text.Length == 0 ? fallback : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    private static List<string> List(IQueryCollection query, string name) =>
        query[name].SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
}
