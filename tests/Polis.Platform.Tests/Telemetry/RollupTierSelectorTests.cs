using Polis.Platform.Telemetry;

namespace Polis.Platform.Tests.Telemetry;

public sealed class RollupTierSelectorTests
{
    private const long Now = 1_800_000_000_000;
    private static readonly TelemetryOptions Options = new();

    [Theory]
    [InlineData(60_000, RollupTier.Minute)]
    [InlineData(900_000, RollupTier.Minute)]
    [InlineData(3_600_000, RollupTier.Hour)]
    [InlineData(6 * 3_600_000, RollupTier.Hour)]
    [InlineData(86_400_000, RollupTier.Day)]
    [InlineData(7 * 86_400_000L, RollupTier.Day)]
    [InlineData(30_000, RollupTier.Raw)]
    [InlineData(90_000, RollupTier.Raw)]
    public void Choose_RecentRange_CoarsestDividingTier(long interval, RollupTier expected)
    {
        Assert.Equal(expected, RollupTierSelector.Choose(interval, Now - 86_400_000, Now, Options));
    }

    [Fact]
    public void Choose_RangeOlderThanMinuteRetention_FallsBackToHourForHourlyMultiples()
    {
        var from = Now - (long)TimeSpan.FromDays(200).TotalMilliseconds;

        Assert.Equal(RollupTier.Hour, RollupTierSelector.Choose(3_600_000, from, Now, Options));
        // 15 min is not a multiple of an hour: only minute rollups or raw could answer; neither covers 200 days, the minute tier is used.
        Assert.Equal(RollupTier.Minute, RollupTierSelector.Choose(900_000, from, Now, Options));
    }
}
