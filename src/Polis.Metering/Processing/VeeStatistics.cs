using Polis.Metering.Readings;

namespace Polis.Metering.Processing;

/// <summary>Turns a store's aggregates into <see cref="VeeStats"/>: shares, rule lists split into rule ids, quarter hours folded into local days.</summary>
public static class VeeStatistics
{
    public static VeeStats Build(VeeStatsQuery query, VeeStatsData data, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(zone);
        var total = data.Qualities.Values.Sum();
        var qualities = Enum.GetValues<ReadingQuality>()
            .Select(q => new QualityShare(q, data.Qualities.GetValueOrDefault(q), total == 0 ? 0 : Math.Round(data.Qualities.GetValueOrDefault(q) / (double)total, 6)))
            .ToList();
        var rules = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var (list, count) in data.RuleLists)
        {
            foreach (var id in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                rules[id] = rules.GetValueOrDefault(id) + count;
            }
        }

        var days = new SortedDictionary<DateOnly, long[]>();
        foreach (var bucket in data.QuarterHours)
        {
            var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(bucket.Start, zone).DateTime);
            (days.TryGetValue(date, out var counts) ? counts : days[date] = new long[4])[(int)bucket.Quality] += bucket.Values;
        }

        return new VeeStats(query.From, query.To, query.DistrictId, query.Kind, data.Meters, total, data.Missing, qualities, rules, data.TopQuestionable,
            [.. days.Select(d => new DailyQualityCounts(d.Key, d.Value[0], d.Value[1], d.Value[2], d.Value[3]))]);
    }
}
