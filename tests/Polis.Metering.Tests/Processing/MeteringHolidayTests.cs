using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Polis.Metering.Processing;
using Polis.Metering.Readings;
using Polis.Metering.Registers;

namespace Polis.Metering.Tests.Processing;

/// <summary>
/// The city's holidays (<c>Polis:Metering:Holidays</c>) reach validation in production: a gap on a holiday is
/// estimated from the Sundays before it, not from the same weekday. The meter uses 1 kWh every hour on working days
/// and Saturdays; on Sundays 0.5 kWh an hour until noon and 2 kWh after (Copenhagen time). Wednesday 2026-10-07 loses
/// its reads of 09:00–14:00, so 08:00–15:00 (7 h, register difference 7 kWh) is estimated from like days.
/// </summary>
public sealed class MeteringHolidayTests : IDisposable
{
    private static readonly DateOnly Holiday = new(2026, 10, 7);
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");
    private readonly ValidationHarness _h = new();

    [Fact]
    public async Task Pass_WithoutHolidays_GapOnWednesdayEstimatedFromWednesdays()
    {
        await StoreAsync();

        var estimates = await EstimatesAsync(_h.Service);

        // Four flat Wednesdays: 7 kWh spread as 1 kWh an hour.
        Assert.Equal([1, 1, 1, 1, 1, 1, 1], estimates);
    }

    [Fact]
    public async Task Pass_WithTheDateConfiguredAsHoliday_GapEstimatedFromSundays()
    {
        await StoreAsync();
        var calendar = Bind(("Polis:Metering:Holidays:0", "2026-12-25"), ("Polis:Metering:Holidays:1", "2026-10-07"));

        var estimates = await EstimatesAsync(_h.NewService(calendar));

        // The Sundays' profile for 08–15: 0.5 × 4 + 2 × 3 = 8 kWh, scaled to the register's 7: 0.4375 and 1.75.
        Assert.Equal([0.4375, 0.4375, 0.4375, 0.4375, 1.75, 1.75, 1.75], estimates);
    }

    [Theory]
    [InlineData("2026-12-25", "2026-12-25", "2026-12-25 is listed twice in Polis:Metering:Holidays.")]
    [InlineData("2026-12-25", "2026-13-01", "Polis:Metering:Holidays:1 is '2026-13-01', not a date written yyyy-MM-dd.")]
    [InlineData("25/12/2026", "2026-12-26", "Polis:Metering:Holidays:0 is '25/12/2026', not a date written yyyy-MM-dd.")]
    public void Options_BadHolidays_StartRefusedNamingTheValue(string first, string second, string message)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Bind(("Polis:Metering:Holidays:0", first), ("Polis:Metering:Holidays:1", second)));

        Assert.Contains($"with the error: '{message}'", Assert.Single(error.Failures), StringComparison.Ordinal);
    }

    public void Dispose() => _h.Dispose();

    private static MeteringCalendarOptions Bind(params (string Key, string Value)[] settings)
    {
        using var services = Services(settings);
        return services.GetRequiredService<IOptions<MeteringCalendarOptions>>().Value;
    }

    private static ServiceProvider Services(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddOptions<MeteringCalendarOptions>().BindConfiguration(MeteringCalendarOptions.SectionName).ValidateDataAnnotations();
        return services.BuildServiceProvider();
    }

    /// <summary>Five weeks of hourly reads to the end of the holiday, the holiday's 09:00–14:00 reads lost.</summary>
    private async Task StoreAsync()
    {
        await _h.Db.MeterAsync("m-1");
        var start = Midnight(Holiday.AddDays(-30));
        var end = Midnight(Holiday.AddDays(1));
        var reads = new List<RegisterRead>();
        var register = 100.0;
        for (var at = start; at <= end; at = at.AddHours(1))
        {
            var local = TimeZoneInfo.ConvertTime(at, Copenhagen);
            var lost = DateOnly.FromDateTime(local.DateTime) == Holiday && local.Hour is >= 9 and <= 14;
            if (!lost)
            {
                reads.Add(new RegisterRead(at, register));
            }

            register += local.DayOfWeek == DayOfWeek.Sunday ? (local.Hour < 12 ? 0.5 : 2.0) : 1.0;
        }

        await _h.StoreAsync("m-1", reads);
    }

    private async Task<double[]> EstimatesAsync(ValidationService service)
    {
        await service.DrainAsync();
        var from = Midnight(Holiday).AddHours(8);
        var series = await _h.SeriesAsync("m-1");
        var gap = series.Where(v => v.Value.Start >= from && v.Value.Start < from.AddHours(7)).ToList();
        Assert.All(gap, v => Assert.Equal((ReadingQuality.Estimated, "gap,estimate-like-day"), (v.Value.Quality, v.Rule)));
        return [.. gap.Select(v => Math.Round(v.Value.Quantity, 9))];
    }

    private static DateTimeOffset Midnight(DateOnly day) =>
        new(day.ToDateTime(TimeOnly.MinValue), Copenhagen.GetUtcOffset(day.ToDateTime(TimeOnly.MinValue)));
}
