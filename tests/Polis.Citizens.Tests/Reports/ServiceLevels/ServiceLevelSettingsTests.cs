using Polis.Citizens.Reports.Routing;
using Polis.Citizens.Reports.ServiceLevels;
using Polis.Citizens.Tests.Reports.Sla;

namespace Polis.Citizens.Tests.Reports.ServiceLevels;

/// <summary>The admin documents on a real SQLite file: defaults until saved, saved as given, refused ones change nothing.</summary>
public sealed class ServiceLevelSettingsTests : IDisposable
{
    private readonly ServiceLevelWorld _world = new(CopenhagenCalendar.At(4, 1, 14, 2));

    [Fact]
    public async Task Get_NothingSaved_TheDefaults_ServiceDepartmentsKept()
    {
        Assert.Null(await _world.Store.GetRoutingAsync());
        Assert.Equal(ServiceLevelDefaults.DepartmentId, (await _world.Settings.GetRoutingAsync()).DefaultDepartment);
        var levels = await _world.Settings.GetServiceLevelsAsync();
        Assert.Equal("Europe/Copenhagen", levels.TimeZone);
        Assert.Equal(["monday", "tuesday", "wednesday", "thursday", "friday"], levels.Calendar!.WorkingDays);
        var ready = await _world.Settings.GetAsync();
        Assert.False(ready.RoutingConfigured);
        Assert.Equal("roads", ready.DepartmentFor("pothole", "Roads", "roads", null));
        Assert.Equal(ServiceLevelDefaults.DepartmentId, ready.DepartmentFor("pothole", "Roads", null, null));
    }

    [Fact]
    public async Task Save_ReadsBackAsSaved_AndTheReadySettingsFollow_OnAnotherNodeToo()
    {
        var first = await _world.Settings.GetAsync();
        await _world.ConfigureAsync();
        var routing = await _world.Settings.GetRoutingAsync();
        Assert.Equal(ServiceLevelWorld.Routing.Departments, routing.Departments);
        Assert.Equal(ServiceLevelWorld.Routing.Rules, routing.Rules);
        var levels = await _world.Settings.GetServiceLevelsAsync();
        Assert.Equal(new PolicyDocument(0.5, 1, 2, 4), levels.ByServiceCode!["pothole"]);
        Assert.Equal(9, levels.Calendar!.Holidays!.Count);

        var ready = await _world.Settings.GetAsync();
        Assert.NotSame(first, ready);
        Assert.True(ready.RoutingConfigured);
        Assert.Equal("roads-north", ready.DepartmentFor("pothole", "Roads", "roads-own", "Nord"));
        Assert.Equal(["roads", "roads-supervisor"], ready.LadderFor("roads").Rungs);
        Assert.True(ready.Calendar.Holidays.Contains(new DateOnly(2026, 12, 24)));
        Assert.True((await _world.NewSettings().GetAsync()).RoutingConfigured);
    }

    [Fact]
    public async Task Save_InvalidDocuments_EveryFaultListed_NothingChanged()
    {
        await _world.ConfigureAsync();
        var badRouting = new RoutingDocument(
            [new Department("roads", "Roads"), new Department("roads", "Again"), new Department(" ", "")],
            [new RoutingRule("sewers", ServiceCode: "drain"), new RoutingRule("roads"), new RoutingRule("roads", ServiceCode: "x", ServiceGroup: "y")],
            "helpdesk");
        var routingFaults = (await _world.Settings.SaveRoutingAsync(badRouting, "admin", _world.Clock.GetUtcNow())).ToDictionary();
        Assert.Equal(["departments[2].id", "departments[2].name"], routingFaults.Keys.Order(StringComparer.Ordinal));

        var shapeOk = badRouting with { Departments = [new Department("roads", "Roads"), new Department("roads", "Again")] };
        routingFaults = (await _world.Settings.SaveRoutingAsync(shapeOk, "admin", _world.Clock.GetUtcNow())).ToDictionary();
        Assert.Equal(["defaultDepartment", "departments", "rules[0]", "rules[1]", "rules[2]"], routingFaults.Keys.Order(StringComparer.Ordinal));

        var badLevels = new ServiceLevelDocument(
            new CalendarDocument(["monday", "funday"], "16:00", "8am", ["2026-02-30"]),
            new PolicyDocument(2, 1, -1, 0),
            new Dictionary<string, PolicyDocument> { ["pothole"] = new(null, 1, 1, 1) },
            null);
        var levelFaults = (await _world.Settings.SaveServiceLevelsAsync(badLevels, "admin", _world.Clock.GetUtcNow())).ToDictionary();
        Assert.Equal(
            ["byServiceCode.pothole.acknowledgeDays", "calendar.closes", "calendar.holidays[0]", "calendar.workingDays[1]",
             "defaultPolicy.dueSoonHours", "defaultPolicy.escalateEveryHours", "defaultPolicy.fixDays"],
            levelFaults.Keys.Order(StringComparer.Ordinal));

        Assert.Equal(ServiceLevelWorld.Routing.Rules, (await _world.Settings.GetRoutingAsync()).Rules);
        Assert.Equal(new PolicyDocument(1, 3, 4, 4), (await _world.Settings.GetServiceLevelsAsync()).DefaultPolicy);
        Assert.Equal(2, _world.Db.Scalar("SELECT count(*) FROM citizens_service_level_documents"));
    }

    public void Dispose() => _world.Dispose();
}
