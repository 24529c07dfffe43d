using Polis.Metering.Readings;

namespace Polis.Metering.Processing;

/// <summary>
/// The aggregates a store computes for VEE statistics (in SQL, not value by value): counts per quality and per stored
/// rule list, meters and their missing intervals, the meters with most Questionable values, and counts per UTC quarter
/// hour and quality (which <see cref="VeeStatistics"/> folds into the city's local days).
/// </summary>
public sealed record VeeStatsData(
    IReadOnlyDictionary<ReadingQuality, long> Qualities,
    IReadOnlyDictionary<string, long> RuleLists,
    int Meters,
    long Missing,
    IReadOnlyList<MeterQuestionableCount> TopQuestionable,
    IReadOnlyList<QuarterHourCount> QuarterHours);
