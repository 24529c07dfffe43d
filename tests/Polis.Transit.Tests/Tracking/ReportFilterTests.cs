using Polis.Transit.Tracking;

namespace Polis.Transit.Tests.Tracking;

public sealed class ReportFilterTests
{
    private static readonly DateTimeOffset s_now = new(2026, 3, 10, 8, 0, 0, TimeSpan.Zero);
    private static readonly TrackingOptions s_options = new();

    [Theory]
    [InlineData(double.NaN, 12.0, ReportRejection.ImpossibleCoordinates)]
    [InlineData(91.0, 12.0, ReportRejection.ImpossibleCoordinates)]
    [InlineData(55.0, -180.5, ReportRejection.ImpossibleCoordinates)]
    [InlineData(55.0, double.PositiveInfinity, ReportRejection.ImpossibleCoordinates)]
    [InlineData(0.0, 0.0, ReportRejection.NoFix)]
    public void Check_BadCoordinates_RejectedWithReason(double latitude, double longitude, ReportRejection expected)
    {
        var verdict = ReportFilter.Check(Report(s_now, latitude, longitude), ReportFilterState.Empty, s_now, s_options);

        Assert.Equal(expected, verdict.Rejection);
        Assert.Same(ReportFilterState.Empty, verdict.State);
    }

    [Fact]
    public void Check_TimestampBeyondClockSkew_RejectedAsFuture()
    {
        var withinSkew = ReportFilter.Check(Report(s_now.AddSeconds(50)), ReportFilterState.Empty, s_now, s_options);
        var beyond = ReportFilter.Check(Report(s_now.AddMinutes(5)), ReportFilterState.Empty, s_now, s_options);

        Assert.True(withinSkew.Accepted);
        Assert.Equal(ReportRejection.FutureTimestamp, beyond.Rejection);
    }

    [Fact]
    public void Check_ReportOlderThanMaxAge_RejectedAsStale()
    {
        var verdict = ReportFilter.Check(Report(s_now - s_options.MaxReportAge - TimeSpan.FromSeconds(1)), ReportFilterState.Empty, s_now, s_options);

        Assert.Equal(ReportRejection.Stale, verdict.Rejection);
    }

    [Fact]
    public void Check_OlderOrSameTimeAsLastAccepted_OutOfOrderOrDuplicate()
    {
        var state = ReportFilter.Check(Report(s_now), ReportFilterState.Empty, s_now, s_options).State;

        Assert.Equal(ReportRejection.OutOfOrder, ReportFilter.Check(Report(s_now.AddSeconds(-10)), state, s_now, s_options).Rejection);
        Assert.Equal(ReportRejection.Duplicate, ReportFilter.Check(Report(s_now), state, s_now, s_options).Rejection);
        Assert.True(ReportFilter.Check(Report(s_now.AddSeconds(10), longitude: 12.0 + TestFeeds.Degrees(100)), state, s_now.AddSeconds(10), s_options).Accepted);
    }

    [Fact]
    public void Check_SingleJumpThenBackOnTrack_JumpRejectedTrackKept()
    {
        var state = ReportFilter.Check(Report(s_now), ReportFilterState.Empty, s_now, s_options).State;

        // 5 km in 10 s: 500 m/s.
        var jump = ReportFilter.Check(Report(s_now.AddSeconds(10), longitude: 12.0 + TestFeeds.Degrees(5000)), state, s_now.AddSeconds(10), s_options);
        var back = ReportFilter.Check(Report(s_now.AddSeconds(20), longitude: 12.0 + TestFeeds.Degrees(150)), jump.State, s_now.AddSeconds(20), s_options);

        Assert.Equal(ReportRejection.GpsJump, jump.Rejection);
        Assert.True(back.Accepted);
        Assert.False(back.Relocated);
        Assert.Null(back.State.PendingJump);
    }

    [Fact]
    public void Check_JumpConfirmedByNextReport_AcceptedAsRelocation()
    {
        var state = ReportFilter.Check(Report(s_now), ReportFilterState.Empty, s_now, s_options).State;
        var far = 12.0 + TestFeeds.Degrees(5000);

        var jump = ReportFilter.Check(Report(s_now.AddSeconds(10), longitude: far), state, s_now.AddSeconds(10), s_options);
        var confirmed = ReportFilter.Check(Report(s_now.AddSeconds(20), longitude: far + TestFeeds.Degrees(80)), jump.State, s_now.AddSeconds(20), s_options);

        Assert.Equal(ReportRejection.GpsJump, jump.Rejection);
        Assert.True(confirmed.Accepted);
        Assert.True(confirmed.Relocated);
        Assert.Equal(far + TestFeeds.Degrees(80), confirmed.State.LastAccepted!.Value.Longitude, 9);
    }

    [Fact]
    public void Check_SmallNoiseOnAStandingVehicle_Accepted()
    {
        var state = ReportFilter.Check(Report(s_now), ReportFilterState.Empty, s_now, s_options).State;

        // 40 m of noise within one second is within twice the GPS noise allowance.
        var verdict = ReportFilter.Check(Report(s_now.AddSeconds(1), longitude: 12.0 + TestFeeds.Degrees(40)), state, s_now.AddSeconds(1), s_options);

        Assert.True(verdict.Accepted);
    }

    private static VehicleReport Report(DateTimeOffset at, double latitude = 55.0, double longitude = 12.0) => new("bus-1", at, latitude, longitude);
}
