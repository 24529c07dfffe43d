namespace Polis.Metering.Meters;

/// <summary>
/// Filters of an installation listing: by meter, by service point, and installations in place at some instant of
/// [<see cref="From"/>, <see cref="To"/>). Null filters match everything.
/// </summary>
public sealed record InstallationQuery(string? MeterId = null, string? ServicePointId = null, DateTimeOffset? From = null, DateTimeOffset? To = null);
