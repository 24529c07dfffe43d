using Polis.Dashboard.Components.Shared;
using Polis.Metering.Detection;
using Polis.Metering.Processing;

namespace Polis.Dashboard.Metering;

/// <summary>What the metering overview shows: district consumption per day (or the API's refusal), VEE statistics and open findings per kind.</summary>
public sealed record MeteringOverview(
    PageAnswer<IReadOnlyList<DistrictDay>> Consumption,
    VeeStats Stats,
    IReadOnlyList<(FindingKind Kind, int Open)> OpenFindings);
