using Polis.Metering.Meters;

namespace Polis.Metering.Tests.Meters;

public sealed class InstallationRulesTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Check_MeterInstalledElsewhereMeanwhile_MeterBusyWithThatInstallation()
    {
        var elsewhere = new Installation(7, "m-1", "sp-2", T0, T0.AddDays(10), 0, 5);
        var candidate = new Installation(0, "m-1", "sp-1", T0.AddDays(9), null, 5, null);

        var check = InstallationRules.Check(candidate, [elsewhere], []);

        Assert.Equal(InstallationOutcome.MeterBusy, check.Outcome);
        Assert.Same(elsewhere, check.Clash);
    }

    [Fact]
    public void Check_PeriodsMeetingAtOneInstant_NoClash()
    {
        var before = new Installation(7, "m-1", "sp-2", T0, T0.AddDays(10), 0, 5);
        var otherMeterBefore = new Installation(8, "m-2", "sp-1", T0, T0.AddDays(10), 0, 9);
        var candidate = new Installation(0, "m-1", "sp-1", T0.AddDays(10), null, 5, null);

        var check = InstallationRules.Check(candidate, [before], [otherMeterBefore]);

        Assert.Equal(InstallationOutcome.Saved, check.Outcome);
        Assert.Same(candidate, check.Saved);
    }

    [Fact]
    public void Check_OtherMeterOfTheKindAtTheServicePoint_ServicePointBusy()
    {
        var open = new Installation(8, "m-2", "sp-1", T0, null, 0, null);
        var candidate = new Installation(0, "m-1", "sp-1", T0.AddYears(2), T0.AddYears(3), 0, 1);

        var check = InstallationRules.Check(candidate, [], [open]);

        Assert.Equal(InstallationOutcome.ServicePointBusy, check.Outcome);
        Assert.Same(open, check.Clash);
    }

    [Fact]
    public void Check_UpdateOfItself_NotAClash()
    {
        var stored = new Installation(7, "m-1", "sp-1", T0, null, 0, null);

        var check = InstallationRules.Check(stored with { To = T0.AddDays(3), FinalRead = 12 }, [stored], [stored]);

        Assert.Equal(InstallationOutcome.Saved, check.Outcome);
    }

    [Fact]
    public void PlanExchange_OpenInstallation_OldEndsWithFinalReadNewStartsThereWithInitialRead()
    {
        var old = new Installation(7, "m-old", "sp-1", T0, null, 100, null);
        var exchange = new MeterExchange("m-old", "m-new", T0.AddDays(40), FinalRead: 1_234.5, InitialRead: 0.2);

        var plan = InstallationRules.PlanExchange(exchange, old, [], [old]);

        Assert.Equal(InstallationOutcome.Saved, plan.Outcome);
        Assert.Equal(old with { To = exchange.At, FinalRead = 1_234.5 }, plan.Ended);
        Assert.Equal(new Installation(0, "m-new", "sp-1", exchange.At, null, 0.2, null), plan.Saved);
    }

    [Fact]
    public void PlanExchange_NewMeterStillInstalledElsewhere_MeterBusy()
    {
        var old = new Installation(7, "m-old", "sp-1", T0, null, 100, null);
        var newElsewhere = new Installation(9, "m-new", "sp-9", T0, null, 0, null);

        var plan = InstallationRules.PlanExchange(new MeterExchange("m-old", "m-new", T0.AddDays(40), 1, 0), old, [newElsewhere], [old]);

        Assert.Equal(InstallationOutcome.MeterBusy, plan.Outcome);
        Assert.Null(plan.Ended);
    }

    [Fact]
    public void InstalledAt_StartAndEndInstants_HalfOpen()
    {
        var installation = new Installation(7, "m-1", "sp-1", T0, T0.AddDays(1), 0, 1);

        Assert.Null(InstallationRules.InstalledAt([installation], T0));
        Assert.Same(installation, InstallationRules.InstalledAt([installation], T0.AddHours(1)));
        Assert.Null(InstallationRules.InstalledAt([installation], T0.AddDays(1)));
    }
}
