using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Polis.Transit.Timetable;

namespace Polis.Transit.Planning.Api;

/// <summary>A report query checked against the active network: the dates, the route, and whether CSV was asked for.</summary>
internal sealed record ReportRequest(DateOnly From, DateOnly To, string? RouteId, bool Csv, string? Table)
{
    public static ReportRequest? Parse(ReportQuery query, HttpRequest request, TransitNetwork network, DateTimeOffset now, int maxDays, string[] tables,
        out Dictionary<string, string[]> errors)
    {
        errors = [];
        var to = Date(query.To, "to", errors) ?? network.LocalDate(now);
        var from = Date(query.From, "from", errors) ?? to.AddDays(-6);
        if (errors.Count == 0 && from > to)
        {
            errors["from"] = ["from must not be after to."];
        }
        else if (errors.Count == 0 && to.DayNumber - from.DayNumber >= maxDays)
        {
            errors["to"] = [$"A report covers at most {maxDays} days; ask for a shorter range."];
        }

        var routeId = string.IsNullOrWhiteSpace(query.RouteId) ? null : query.RouteId;
        if (routeId is not null && !network.Routes.ContainsKey(routeId))
        {
            errors["routeId"] = [$"Route '{routeId}' is not in the active feed."];
        }

        var csv = query.Format?.ToUpperInvariant() switch
        {
            null or "" => AcceptsCsv(request),
            "JSON" => false,
            "CSV" => true,
            _ => Error(errors, "format", "format must be json or csv."),
        };
        if (query.Table is { Length: > 0 } table && !tables.Contains(table, StringComparer.Ordinal))
        {
            errors["table"] = [tables.Length == 0 ? "This report has one table; leave table out." : $"table must be one of: {string.Join(", ", tables)}."];
        }

        return errors.Count == 0 ? new ReportRequest(from, to, routeId, csv, string.IsNullOrEmpty(query.Table) ? null : query.Table) : null;
    }

    /// <summary>bunching-summary-2026-03-01-2026-03-31-route-12.csv: what the download is saved as (route ids kept to safe characters).</summary>
    public string FileName(string report)
    {
        var route = RouteId is null ? string.Empty : "-route-" + new string([.. RouteId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_')]);
        return string.Create(CultureInfo.InvariantCulture, $"{report}{(Table is null ? string.Empty : "-" + Table)}-{From:yyyy-MM-dd}-{To:yyyy-MM-dd}{route}.csv");
    }

    private static DateOnly? Date(string? text, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors[name] = [$"{name} must be a date as yyyy-MM-dd."];
        return null;
    }

    /// <summary>CSV when the client accepts text/csv and does not prefer JSON (a browser's */* alone gets JSON).</summary>
    private static bool AcceptsCsv(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        var csv = accept.Where(a => a.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase)).Select(Quality).DefaultIfEmpty(0).Max();
        var json = accept.Where(a => a.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)).Select(Quality).DefaultIfEmpty(0).Max();
        return csv > 0 && csv >= json;
    }

    private static double Quality(MediaTypeHeaderValue value) => value.Quality ?? 1;

    private static bool Error(Dictionary<string, string[]> errors, string name, string message)
    {
        errors[name] = [message];
        return false;
    }
}
