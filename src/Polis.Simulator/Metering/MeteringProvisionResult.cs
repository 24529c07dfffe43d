namespace Polis.Simulator.Metering;

/// <summary>
/// What one provisioning pass did for <see cref="Households"/>, their <see cref="Meters"/> and the districts'
/// <see cref="Feeders"/>: <see cref="Created"/> records (tariffs, accounts, service points, meters,
/// installations) made now, <see cref="Existing"/> found already there (409: a restart, or another simulator), and
/// <see cref="Assigned"/> tariff assignments in place (an assignment repeated is simply confirmed).
/// </summary>
public sealed record MeteringProvisionResult(int Households, int Meters, int Feeders, int Created, int Existing, int Assigned);
