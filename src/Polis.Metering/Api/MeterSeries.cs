namespace Polis.Metering.Api;

/// <summary>One meter's reads or interval values over [<see cref="From"/>, <see cref="To"/>), in its kind's unit.</summary>
public sealed record MeterSeries<T>(string MeterId, string Unit, DateTimeOffset From, DateTimeOffset To, IReadOnlyList<T> Values);
