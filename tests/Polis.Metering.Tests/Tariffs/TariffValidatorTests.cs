using Polis.Metering.Meters;
using Polis.Metering.Tariffs;
using Polis.Metering.Tests.Billing;
using static Polis.Metering.Tests.Billing.TestTariffs;

namespace Polis.Metering.Tests.Tariffs;

public sealed class TariffValidatorTests
{
    private static readonly DateOnly Oct = new(2026, 10, 1);
    private static readonly DateOnly Nov = new(2026, 11, 1);
    private static readonly DateOnly Dec = new(2026, 12, 1);

    private static TariffError Single(Tariff tariff) => Assert.Single(TariffValidator.Validate(tariff));

    [Fact]
    public void Validate_FollowingVersions_HasNoErrors()
    {
        var tariff = TestTariffs.Of(MeterKind.Electricity, Version(Oct, Nov, [Flat(1m)]), Version(Nov, null, [Flat(2m)]));

        Assert.Empty(TariffValidator.Validate(tariff));
    }

    [Fact]
    public void Validate_VersionsListedNewestFirst_AreCheckedInDateOrder()
    {
        var tariff = TestTariffs.Of(MeterKind.Electricity, Version(Nov, null, [Flat(2m)]), Version(Oct, Nov, [Flat(1m)]));

        Assert.Empty(TariffValidator.Validate(tariff));
    }

    [Fact]
    public void Validate_GapBetweenVersions_NamesTheDaysNotCovered()
    {
        var tariff = TestTariffs.Of(MeterKind.Electricity, Version(Oct, new DateOnly(2026, 10, 15), [Flat(1m)]), Version(Nov, null, [Flat(2m)]));

        var error = Single(tariff);

        Assert.Equal("versions[1].from", error.Path);
        Assert.StartsWith("Gap: no version is in force from 2026-10-15 to 2026-11-01", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_OverlappingVersions_NamesTheOverlap()
    {
        var tariff = TestTariffs.Of(MeterKind.Electricity, Version(Oct, Dec, [Flat(1m)]), Version(Nov, null, [Flat(2m)]));

        var error = Single(tariff);

        Assert.Equal("versions[1].from", error.Path);
        Assert.Equal("Overlap: versions[0] and versions[1] are both in force from 2026-11-01 to 2026-12-01.", error.Message);
    }

    [Fact]
    public void Validate_OpenEndedVersionBeforeAnother_IsAnOverlap()
    {
        var tariff = TestTariffs.Of(MeterKind.Electricity, Version(Oct, null, [Flat(1m)]), Version(Nov, null, [Flat(2m)]));

        var error = Single(tariff);

        Assert.Equal("versions[0].to", error.Path);
        Assert.StartsWith("Overlap", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_VersionEndingBeforeItStarts_IsRefused()
    {
        var error = Single(TestTariffs.Of(MeterKind.Electricity, Version(Nov, Oct, [Flat(1m)])));

        Assert.Equal("versions[0].to", error.Path);
    }

    [Fact]
    public void Validate_NoVersions_IsRefused()
    {
        Assert.Equal("versions", Single(TestTariffs.Of(MeterKind.Electricity)).Path);
    }

    [Fact]
    public void Validate_TimeOfUseWithAnHourUncovered_NamesTheHour()
    {
        var tou = TimeOfUse();
        var weekday = tou.DayTypes[0] with { Windows = [Window(0, 6, "night"), Window(6, 17, "day"), Window(18, 24, "peak")] };
        var tariff = Electricity(tou with { DayTypes = [weekday, tou.DayTypes[1], tou.DayTypes[2]] });

        var error = Single(tariff);

        Assert.Equal("versions[0].charges[0].dayTypes[0].windows", error.Path);
        Assert.Equal("\"weekday\" is not covered from 17:00 to 18:00.", error.Message);
    }

    [Fact]
    public void Validate_TimeOfUseEndingBeforeMidnight_NamesTheRestOfTheDay()
    {
        var tou = TimeOfUse();
        var weekend = tou.DayTypes[1] with { Windows = [Window(0, 23, "night")] };

        var error = Single(Electricity(tou with { DayTypes = [tou.DayTypes[0], weekend, tou.DayTypes[2]] }));

        Assert.Equal("\"weekend\" is not covered from 23:00 to 24:00.", error.Message);
    }

    [Fact]
    public void Validate_TimeOfUseWindowsOverlapping_IsRefused()
    {
        var tou = TimeOfUse();
        var weekend = tou.DayTypes[1] with { Windows = [Window(0, 12, "night"), Window(10, 24, "day")] };

        var error = Single(Electricity(tou with { DayTypes = [tou.DayTypes[0], weekend, tou.DayTypes[2]] }));

        Assert.Equal("\"weekend\": 10:00–24:00 overlaps another window up to 12:00.", error.Message);
    }

    [Fact]
    public void Validate_TimeOfUseWeekNotCovered_NamesTheDays()
    {
        var tou = TimeOfUse();
        var weekend = tou.DayTypes[1] with { Days = [DayOfWeek.Saturday] };

        var error = Single(Electricity(tou with { DayTypes = [tou.DayTypes[0], weekend, tou.DayTypes[2]] }));

        Assert.Equal("versions[0].charges[0].dayTypes", error.Path);
        Assert.Equal("The week is not covered: no day type for Sunday.", error.Message);
    }

    [Fact]
    public void Validate_DayInTwoDayTypes_IsRefused()
    {
        var tou = TimeOfUse();
        var weekend = tou.DayTypes[1] with { Days = [DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday] };

        var error = Single(Electricity(tou with { DayTypes = [tou.DayTypes[0], weekend, tou.DayTypes[2]] }));

        Assert.Equal("Friday is in both \"weekday\" and \"weekend\".", error.Message);
    }

    [Fact]
    public void Validate_UnknownPeriodOffQuarterHourAndUnknownHolidayType_AreEachRefused()
    {
        var tou = TimeOfUse();
        var weekend = tou.DayTypes[1] with
        {
            Windows = [Window(0, 12, "night"), new() { From = new ClockTime(12, 0), To = new ClockTime(12, 10), Period = "day" }, Window(12, 24, "shoulder")],
        };
        var tariff = Electricity(tou with { DayTypes = [tou.DayTypes[0], weekend, tou.DayTypes[2]], Holidays = new() { DayType = "sunday", Dates = [] } });

        var messages = TariffValidator.Validate(tariff).Select(e => e.Message).ToList();

        Assert.Contains("Windows start and end on quarter hours, not 12:00–12:10.", messages);
        Assert.Contains("Period \"shoulder\" is not one of the charge's periods.", messages);
        Assert.Contains("Holidays are priced as day type \"sunday\", which is not defined.", messages);
    }

    [Fact]
    public void Validate_TierBlocksThatEnd_IsRefused()
    {
        var error = Single(Electricity(Tiered((100m, 1m), (200m, 2m))));

        Assert.Equal("versions[0].charges[0].blocks[1].size", error.Path);
    }

    [Fact]
    public void Validate_SewageOnElectricityAndNegativePriceAndDuplicateDescription_AreRefused()
    {
        var tariff = Electricity(
            new SewageCharge { Description = "Sewage", UnitPrice = 10m },
            new FlatCharge { Description = "Sewage", UnitPrice = -1m });

        var paths = TariffValidator.Validate(tariff).Select(e => e.Path).ToList();

        Assert.Equal(["versions[0].charges[0].type", "versions[0].charges[1].description", "versions[0].charges[1].unitPrice"], paths);
    }

    [Fact]
    public void Validate_BadCurrencyAndTaxOver100Percent_AreRefused()
    {
        var tariff = Electricity(Flat(1m)) with { Currency = "kr" };
        tariff = tariff with { Versions = [tariff.Versions[0] with { Taxes = [Vat(125m)] }] };

        var paths = TariffValidator.Validate(tariff).Select(e => e.Path).ToList();

        Assert.Equal(["currency", "versions[0].taxes[0].percent"], paths);
    }
}
