using Polis.Metering.Meters;

namespace Polis.Metering.Api;

/// <summary>The reads or interval values of one installation's meter while it was at the service point (within the asked range).</summary>
public sealed record InstallationSeries<T>(Installation Installation, IReadOnlyList<T> Values);
