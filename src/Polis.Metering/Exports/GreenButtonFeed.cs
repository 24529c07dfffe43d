namespace Polis.Metering.Exports;

/// <summary>
/// What one Green Button download holds: a customer's (<see cref="CustomerId"/>, the account) parts over
/// [<see cref="From"/>, <see cref="To"/>), in the city's <see cref="Zone"/>. Nothing in it depends on the clock: its
/// <c>updated</c> stamps are <see cref="To"/>, so the same request gives the same bytes.
/// </summary>
public sealed record GreenButtonFeed(string CustomerId, string Title, DateTimeOffset From, DateTimeOffset To, IReadOnlyList<ExportPart> Parts, TimeZoneInfo Zone);
