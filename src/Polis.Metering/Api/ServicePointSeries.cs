namespace Polis.Metering.Api;

/// <summary>
/// A service point's reads or interval values over [<see cref="From"/>, <see cref="To"/>), installation by installation:
/// its consumption continues across meter exchanges, each meter's part bounded by its installation.
/// </summary>
public sealed record ServicePointSeries<T>(string ServicePointId, DateTimeOffset From, DateTimeOffset To, IReadOnlyList<InstallationSeries<T>> Installations);
