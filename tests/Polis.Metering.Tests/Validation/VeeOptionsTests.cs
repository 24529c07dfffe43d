using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Polis.Metering.Hosting;
using Polis.Metering.Registers;
using Polis.Metering.Validation;

namespace Polis.Metering.Tests.Validation;

public sealed class VeeOptionsTests
{
    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddPolisMetering();
        return services.BuildServiceProvider();
    }

    [Fact]
    public void AddPolisMetering_Configuration_BindsTheThresholds()
    {
        using var services = Services(new()
        {
            ["Polis:Metering:Vee:SpikeFactor"] = "6",
            ["Polis:Metering:Vee:LinearEstimationMaximum"] = "03:00:00",
            ["Polis:Metering:Registers:SnapTolerance"] = "00:02:00",
        });

        var vee = services.GetRequiredService<IOptions<VeeOptions>>().Value;
        var registers = services.GetRequiredService<IOptions<RegisterOptions>>().Value;

        Assert.Equal((6.0, TimeSpan.FromHours(3), 8), (vee.SpikeFactor, vee.LinearEstimationMaximum, vee.HistoryWeeks));
        Assert.Equal((TimeSpan.FromMinutes(2), 1.5), (registers.SnapTolerance, registers.MaxReadSpacingSteps));
    }

    [Theory]
    [InlineData("Polis:Metering:Vee:SpikeFactor", "1")]
    [InlineData("Polis:Metering:Vee:HistoryWeeks", "0")]
    [InlineData("Polis:Metering:Vee:LowUsageFactor", "2")]
    [InlineData("Polis:Metering:Registers:SnapTolerance", "01:00:00")]
    [InlineData("Polis:Metering:Registers:MaxReadSpacingSteps", "0.5")]
    public void AddPolisMetering_ThresholdOutOfRange_IsRefused(string key, string value)
    {
        using var services = Services(new() { [key] = value });

        Assert.Throws<OptionsValidationException>(() => (services.GetRequiredService<IOptions<VeeOptions>>().Value, services.GetRequiredService<IOptions<RegisterOptions>>().Value));
    }

    [Fact]
    public void HistoryDaysNeeded_Defaults_CoverTheBandAndTheLikeDays()
    {
        // The band's 8 whole weeks before the value's week reach back up to 8 × 7 + 6 days.
        Assert.Equal(62, new VeeOptions().HistoryDaysNeeded);
        Assert.Equal(90, new VeeOptions { LikeDayLookbackDays = 90 }.HistoryDaysNeeded);
    }
}
