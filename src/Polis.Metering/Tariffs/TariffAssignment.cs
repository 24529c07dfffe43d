using Polis.Metering.Meters;

namespace Polis.Metering.Tariffs;

/// <summary>
/// Which tariff bills a service point's meters of one kind from a local date on. A service point's assignments of a
/// kind form its history: on any date the one with the latest <see cref="From"/> on or before it is in force.
/// </summary>
public sealed record TariffAssignment(string ServicePointId, MeterKind MeterKind, string TariffId, DateOnly From, DateTimeOffset AssignedAt, string AssignedBy);
