using Polis.Platform.City;

namespace Polis.Platform.Tests.City;

/// <summary>Where the city's day starts, in zones with ordinary, half-hour and midnight daylight-saving changes.</summary>
public sealed class CityOptionsTests
{
    [Fact]
    public void StartOfDay_Utc_IsMidnightUtc()
    {
        var start = new CityOptions().StartOfDay(new DateTimeOffset(2026, 11, 24, 1, 30, 0, TimeSpan.Zero));
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.Zero), start);
    }

    [Fact]
    public void StartOfDay_Copenhagen_IsLocalMidnightInWinterAndSummer()
    {
        var city = new CityOptions { TimeZone = "Europe/Copenhagen" };
        // 23:30 UTC on the 23rd is already the 24th in Copenhagen (UTC+1).
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.FromHours(1)), city.StartOfDay(new DateTimeOffset(2026, 11, 23, 23, 30, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.FromHours(2)), city.StartOfDay(new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void StartOfDay_Kolkata_IsNotOnTheUtcHour()
    {
        var start = new CityOptions { TimeZone = "Asia/Kolkata" }.StartOfDay(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 18, 30, 0, TimeSpan.Zero), start.ToUniversalTime());
    }

    [Fact]
    public void StartOfDay_WhenClocksSkipMidnight_IsTheFirstLocalTimeThatExists()
    {
        // Cuba moves its clocks from 00:00 to 01:00 on the second Sunday of March: 8 March 2026 has no midnight.
        var start = new CityOptions { TimeZone = "America/Havana" }.StartOfDay(new DateTimeOffset(2026, 3, 8, 12, 0, 0, TimeSpan.Zero));
        Assert.Equal(new DateTimeOffset(2026, 3, 8, 1, 0, 0, TimeSpan.FromHours(-4)), start);
    }

    [Theory]
    [InlineData("UTC", true)]
    [InlineData("Europe/Copenhagen", true)]
    [InlineData("Mars/Olympus_Mons", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsKnownZone_AcceptsIanaIdsOnly(string? id, bool known) => Assert.Equal(known, CityOptions.IsKnownZone(id));
}
