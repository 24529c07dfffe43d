using Polis.Metering.Meters;

namespace Polis.Metering.Processing;

/// <summary>
/// VEE statistics of a range: values and their share per quality, intervals missing inside each meter's series,
/// counts per rule id, the meters with most Questionable values, and counts per local day of the city.
/// </summary>
public sealed record VeeStats(
    DateTimeOffset From,
    DateTimeOffset To,
    string? DistrictId,
    MeterKind? Kind,
    int Meters,
    long Values,
    long Missing,
    IReadOnlyList<QualityShare> Qualities,
    IReadOnlyDictionary<string, long> Rules,
    IReadOnlyList<MeterQuestionableCount> TopQuestionable,
    IReadOnlyList<DailyQualityCounts> Days);
