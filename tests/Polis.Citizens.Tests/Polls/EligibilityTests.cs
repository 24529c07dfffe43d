using Polis.Citizens.Polls;
using Polis.Citizens.Residents;

namespace Polis.Citizens.Tests.Polls;

public sealed class EligibilityTests
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    private static ResidentProfile Resident(string district, DateOnly born) => new("user-1", district, born, SamplePolls.OpensAt.AddDays(-30), "clerk@city");

    [Fact]
    public void Refusal_Unverified_RefusedWithReason()
    {
        Assert.Contains("verified", Eligibility.Refusal(SamplePolls.Definition(), null, TimeZoneInfo.Utc), StringComparison.Ordinal);
    }

    [Fact]
    public void Refusal_OtherDistrict_RefusedNamingDistricts()
    {
        var poll = SamplePolls.Definition(new PollEligibility(["north", "east"]));

        Assert.Null(Eligibility.Refusal(poll, Resident("north", new(1980, 1, 1)), TimeZoneInfo.Utc));
        Assert.Contains("north, east", Eligibility.Refusal(poll, Resident("south", new(1980, 1, 1)), TimeZoneInfo.Utc), StringComparison.Ordinal);
    }

    [Fact]
    public void Refusal_SixteenthBirthdayOnOpeningDay_Eligible()
    {
        var poll = SamplePolls.Definition(new PollEligibility(MinimumAge: 16));

        Assert.Null(Eligibility.Refusal(poll, Resident("north", new(2010, 6, 1)), TimeZoneInfo.Utc));
        Assert.NotNull(Eligibility.Refusal(poll, Resident("north", new(2010, 6, 2)), TimeZoneInfo.Utc));
    }

    [Fact]
    public void Refusal_OpeningDayIsTheCitysLocalDay_NotUtc()
    {
        // Opens 2026-05-31 23:30 UTC = 1 June 01:30 in Copenhagen: someone born 1 June 2010 is 16 there, 15 in UTC.
        var poll = SamplePolls.Definition(new PollEligibility(MinimumAge: 16)) with { OpensAt = new DateTimeOffset(2026, 5, 31, 23, 30, 0, TimeSpan.Zero) };
        var resident = Resident("north", new(2010, 6, 1));

        Assert.Null(Eligibility.Refusal(poll, resident, Copenhagen));
        Assert.NotNull(Eligibility.Refusal(poll, resident, TimeZoneInfo.Utc));
    }

    [Fact]
    public void Refusal_AboveMaximumAge_Refused()
    {
        var poll = SamplePolls.Definition(new PollEligibility(MaximumAge: 25));

        Assert.Null(Eligibility.Refusal(poll, Resident("north", new(2000, 6, 2)), TimeZoneInfo.Utc));
        Assert.Contains("at most 25", Eligibility.Refusal(poll, Resident("north", new(2000, 6, 1)), TimeZoneInfo.Utc), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2004-02-29", "2022-02-28", 18)]
    [InlineData("2004-02-29", "2022-02-27", 17)]
    [InlineData("2004-02-29", "2024-02-29", 20)]
    [InlineData("1990-12-31", "2026-12-30", 35)]
    public void AgeOn_Birthdays_CompletedYears(string born, string day, int age)
    {
        Assert.Equal(age, Eligibility.AgeOn(DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
