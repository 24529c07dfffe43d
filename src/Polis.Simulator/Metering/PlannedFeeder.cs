namespace Polis.Simulator.Metering;

/// <summary>
/// A district's feeder meter (electricity) or bulk meter (water): it measures what enters the district, the sum of
/// its <see cref="Members"/>' consumption plus the <see cref="LossShare"/> lost on the way (of the input, so the
/// balance shows exactly that share as its loss %).
/// </summary>
public sealed record PlannedFeeder(string MeterId, string Kind, string DistrictId, string ServicePointId, double LossShare, IReadOnlyList<FeederMember> Members);
