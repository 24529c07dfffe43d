using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Polis.Transit.Hosting;
using Polis.Transit.Planning;

namespace Polis.Transit.Tests.Planning;

/// <summary>Planning options as the host binds them (<c>AddTransitPlanning</c>), and the time bands they describe.</summary>
public sealed class PlanningOptionsTests
{
    [Fact]
    public void Bind_ConfiguredTimeBands_ReplaceTheDefaultsWhole()
    {
        var options = Bind(new()
        {
            ["Polis:Transit:Planning:TimeBands:0:Name"] = "peak",
            ["Polis:Transit:Planning:TimeBands:0:Start"] = "06:30",
            ["Polis:Transit:Planning:TimeBands:1:Name"] = "off-peak",
            ["Polis:Transit:Planning:TimeBands:1:Start"] = "09:30",
            ["Polis:Transit:Planning:RoundingSeconds"] = "30",
        });

        var bands = new TimeBands(options.EffectiveTimeBands);

        Assert.Equal(30, options.RoundingSeconds);
        Assert.Equal([new TimeBand("peak", new TimeOnly(6, 30), new TimeOnly(9, 30)), new TimeBand("off-peak", new TimeOnly(9, 30), new TimeOnly(6, 30))], bands.All);
        Assert.Equal([1, 0, 0, 1, 1], new[] { 5 * 3600, (6 * 3600) + 1800, 9 * 3600, (9 * 3600) + 1800, (26 * 3600) + 1800 }.Select(bands.IndexOf));
    }

    [Fact]
    public void Bind_Nothing_DefaultBandsCoverTheDay()
    {
        var bands = new TimeBands(Bind([]).EffectiveTimeBands);

        Assert.Equal(["early", "am-peak", "midday", "pm-peak", "evening", "night"], bands.All.Select(b => b.Name));
        Assert.Equal(["night", "early", "am-peak", "am-peak", "midday", "pm-peak", "evening", "night"],
            new[] { 0, 5, 7, 8, 12, 17, 21, 23 }.Select(h => bands.All[bands.IndexOf(h * 3600)].Name));
    }

    [Theory]
    [InlineData("GapRatio", "0.2")]
    [InlineData("BunchingRatio", "0")]
    [InlineData("OnTimeLate", "02:00:00")]
    [InlineData("MaxDays", "0")]
    [InlineData("TimeBands:0:Name", "")]
    public void Bind_InvalidValue_RefusedWhenRead(string key, string value)
    {
        var configuration = new Dictionary<string, string?> { ["Polis:Transit:Planning:" + key] = value };
        if (key.StartsWith("TimeBands", StringComparison.Ordinal))
        {
            configuration["Polis:Transit:Planning:TimeBands:0:Start"] = "07:00";
        }

        Assert.Throws<OptionsValidationException>(() => Bind(configuration));
    }

    [Fact]
    public void Bind_TwoBandsStartingTogether_Refused()
    {
        Assert.Throws<OptionsValidationException>(() => Bind(new()
        {
            ["Polis:Transit:Planning:TimeBands:0:Name"] = "a",
            ["Polis:Transit:Planning:TimeBands:0:Start"] = "07:00",
            ["Polis:Transit:Planning:TimeBands:1:Name"] = "b",
            ["Polis:Transit:Planning:TimeBands:1:Start"] = "07:00",
        }));
    }

    private static PlanningOptions Bind(Dictionary<string, string?> values)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        services.AddTransitPlanning();
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<PlanningOptions>>().Value;
    }
}
