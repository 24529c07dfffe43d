using Polis.Metering.Detection;
using Polis.Metering.Meters;
using Polis.Platform.Alarms;

namespace Polis.Metering.Tests.Detection;

/// <summary>Detection runs over real SQLite stores with the real alarm service: stored, raised once, updated, resolved and cleared.</summary>
public sealed class DetectionRunnerTests : IDisposable
{
    private readonly DetectionHarness _h = new();

    [Fact]
    public async Task Leak_OpensAFindingAndOneAlarm_UpdatesBoth_ThenResolvesAndClears()
    {
        await _h.MeterAtAsync("w-1", MeterKind.Water, "sp-1", "water-dev-1");
        // Daytime use only until the leak of 0.03 m3/h from local midnight 2026-05-10; repaired at local noon 2026-05-13.
        await _h.SaveAsync("w-1", Flows.Hourly(Flows.Utc("2026-03-25T00:00:00Z"), Flows.Utc("2026-05-16T00:00:00Z"),
            local => (local.Hour is >= 7 and < 22 ? 0.04 : 0) + (local >= new DateTime(2026, 5, 10) && local < new DateTime(2026, 5, 13, 12, 0, 0) ? 0.03 : 0)));

        await _h.Runner.RunAsync(new DateOnly(2026, 5, 11), new DateOnly(2026, 5, 12), null, default);
        var beforeThirdNight = (await _h.Findings.ListAsync(new FindingQuery())).Items.Select(f => f.Kind).Order().ToList();
        var third = await _h.Runner.RunAsync(new DateOnly(2026, 5, 12), new DateOnly(2026, 5, 13), null, default);
        var found = (await _h.Findings.ListAsync(new FindingQuery(Kind: FindingKind.NightFlow))).Items.Single();
        var alarm = Assert.Single(await _h.AlarmsOfAsync("water-dev-1"), a => a.RuleId == "metering.leak.night-flow");

        Assert.Equal([FindingKind.ContinuousFlow, FindingKind.Spike], beforeThirdNight); // two nights: no night-flow leak yet
        Assert.True(third.Opened >= 1);
        Assert.Equal((FindingStatus.Open, "sp-1", "harbour", alarm.Id), (found.Status, found.ServicePointId, found.DistrictId, found.AlarmId));
        Assert.Contains("\"leakRate\":0.03", found.EvidenceJson, StringComparison.Ordinal);
        Assert.Equal((AlarmStatus.ActiveUnacknowledged, AlarmSeverity.Minor, 1), (alarm.Status, alarm.Severity, alarm.TriggerCount));

        _h.Db.Time.Advance(TimeSpan.FromDays(1));
        var again = await _h.Runner.RunAsync(new DateOnly(2026, 5, 13), new DateOnly(2026, 5, 14), null, default);
        var updated = Assert.Single((await _h.Findings.ListAsync(new FindingQuery(Kind: FindingKind.NightFlow))).Items);
        var sameAlarm = Assert.Single(await _h.AlarmsOfAsync("water-dev-1"), a => a.RuleId == "metering.leak.night-flow");

        Assert.True(again.Updated >= 1);
        Assert.Equal((found.Id, found.FirstSeen, FindingStatus.Open), (updated.Id, updated.FirstSeen, updated.Status));
        Assert.True(updated.LastSeen > found.LastSeen);
        Assert.Equal((alarm.Id, 2), (sameAlarm.Id, sameAlarm.TriggerCount));

        var repaired = await _h.Runner.RunAsync(new DateOnly(2026, 5, 14), new DateOnly(2026, 5, 15), null, default);
        var resolved = await _h.Findings.GetAsync(found.Id);
        var cleared = await _h.Alarms.GetAsync(alarm.Id);

        Assert.True(repaired.Resolved >= 1);
        Assert.Equal(FindingStatus.Resolved, resolved!.Status);
        Assert.Equal(_h.Db.Time.GetUtcNow(), resolved.ResolvedAt);
        Assert.Equal(AlarmStatus.Cleared, cleared!.Status);
    }

    [Fact]
    public async Task ZeroUseAtAnOccupiedHome_MeterWithoutDevice_KeepsTheFindingWithoutAlarm()
    {
        await _h.MeterAtAsync("e-1", MeterKind.Electricity, "sp-1", deviceId: null);
        await _h.MeterAtAsync("e-2", MeterKind.Electricity, "sp-2", deviceId: null, occupied: false);
        var zeroFromMay = Flows.Hourly(Flows.Utc("2026-04-01T00:00:00Z"), Flows.Utc("2026-05-10T00:00:00Z"), local => local < new DateTime(2026, 5, 1) ? 0.4 : 0);
        await _h.SaveAsync("e-1", zeroFromMay);
        await _h.SaveAsync("e-2", zeroFromMay);

        await _h.Runner.RunAsync(new DateOnly(2026, 5, 8), new DateOnly(2026, 5, 9), null, default);

        var finding = Assert.Single((await _h.Findings.ListAsync(new FindingQuery(Kind: FindingKind.ZeroUse))).Items);
        Assert.Equal(("e-1", (Guid?)null), (finding.MeterId, finding.AlarmId)); // e-2's premises are empty: zero use is no theft there
        Assert.Contains("\"days\":8", finding.EvidenceJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FeederBalance_LossesFromCompleteDaysOnly_FindingOnTheFeeder()
    {
        await _h.FeederAsync("feeder-1", MeterKind.Water);
        await _h.MeterAtAsync("w-1", MeterKind.Water, "sp-1", null, feederMeterId: "feeder-1");
        await _h.MeterAtAsync("w-2", MeterKind.Water, "sp-2", null, feederMeterId: "feeder-1");
        var (start, end) = (Flows.Utc("2026-04-30T22:00:00Z"), Flows.Utc("2026-05-05T22:00:00Z")); // local 1–6 May
        await _h.SaveAsync("feeder-1", Flows.Hourly(start, end, _ => 0.25));                     // 6 m3 a day in
        await _h.SaveAsync("w-1", Flows.Hourly(start, end, _ => 0.1));                           // 2.4 a day
        await _h.SaveAsync("w-2", Flows.Hourly(start, end, _ => 0.1).Where(v => v.Start != Flows.Utc("2026-05-02T10:00:00Z"))); // 2.4, one hour lost on the 2nd

        var balance = await _h.Balances.ComputeAsync("feeder-1", new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 6), Flows.Copenhagen, default);
        var run = await _h.Runner.RunAsync(new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 6), null, default);

        Assert.Equal((2, 5), (balance!.Members, balance.Days.Count));
        Assert.Equal((false, 1), (balance.Days[1].Complete, balance.Days[1].IncompleteMembers));
        Assert.Equal(6.0, balance.Days[0].Input!.Value, 9);
        Assert.Equal(20.0, balance.Days[0].LossPercent!.Value, 9);
        Assert.Equal((4, 1), (balance.Summary.CompleteDays, balance.Summary.IncompleteDays));
        Assert.Equal(1, run.Feeders);
        var losses = Assert.Single((await _h.Findings.ListAsync(new FindingQuery(Kind: FindingKind.Losses))).Items);
        Assert.Equal("feeder-1", losses.MeterId);
        Assert.Contains("\"completeDays\":4", losses.EvidenceJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TamperFlag_OpensAFindingAndAMajorAlarmAtOnce_LoweredFlagsResolveIt()
    {
        await _h.MeterAtAsync("e-1", MeterKind.Electricity, "sp-1", "elec-dev-1");
        var at = _h.Db.Time.GetUtcNow();

        var raised = await _h.Tamper.HandleAsync(new TamperReport("elec-dev-1", new Dictionary<string, bool> { ["tamperCover"] = true, ["tamperMagnetic"] = false }, at), default);
        var again = await _h.Tamper.HandleAsync(new TamperReport("elec-dev-1", new Dictionary<string, bool> { ["tamperCover"] = true }, at.AddMinutes(15)), default);
        var alarm = Assert.Single(await _h.AlarmsOfAsync("elec-dev-1"));
        var lowered = await _h.Tamper.HandleAsync(new TamperReport("elec-dev-1", new Dictionary<string, bool> { ["tamperCover"] = false }, at.AddMinutes(30)), default);
        var unknown = await _h.Tamper.HandleAsync(new TamperReport("no-such-device", new Dictionary<string, bool> { ["tamper"] = true }, at), default);

        Assert.Equal((FindingKind.Tamper, "sp-1"), (raised!.Kind, raised.ServicePointId));
        Assert.Equal(raised.Id, again!.Id);
        Assert.Contains("\"flags\":[\"tamperCover\"]", raised.EvidenceJson, StringComparison.Ordinal);
        Assert.Equal(("metering.theft.tamper", AlarmSeverity.Major, 2), (alarm.RuleId, alarm.Severity, alarm.TriggerCount));
        Assert.Equal(FindingStatus.Resolved, lowered!.Status);
        Assert.Equal(AlarmStatus.Cleared, (await _h.Alarms.GetAsync(alarm.Id))!.Status);
        Assert.Null(unknown);
    }

    public void Dispose() => _h.Dispose();
}
