namespace Polis.Transit.Planning.Api;

/// <summary>
/// The query of every planning report: service dates from/to (yyyy-MM-dd, inclusive; default the last 7 days),
/// an optional route, format json or csv (else the Accept header decides), and for bunching's CSV the table
/// (incidents or summary). Dates are read by hand so a bad one is a validation problem naming the parameter.
/// </summary>
public readonly record struct ReportQuery(string? From, string? To, string? RouteId, string? Format, string? Table);
