using Polis.Metering.Tariffs;

namespace Polis.Metering.Billing;

/// <summary>
/// The part of a bill period one tariff is assigned for: a service point switched from one tariff to another on a
/// day inside the period gives two segments, one bill.
/// </summary>
public sealed record TariffSegment(Tariff Tariff, BillPeriod Span);
