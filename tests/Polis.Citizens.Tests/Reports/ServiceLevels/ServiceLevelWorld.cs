using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Polis.Citizens.Reports.Routing;
using Polis.Citizens.Reports.ServiceLevels;
using Polis.Citizens.Tests.Reports.Sla;
using Polis.Platform.Alarms;
using Polis.Platform.City;
using Polis.Storage.Sqlite.Alarms;
using Polis.Storage.Sqlite.Citizens;
using Polis.Storage.Sqlite.Registry;

namespace Polis.Citizens.Tests.Reports.ServiceLevels;

/// <summary>
/// A real polis.db with the report, service-level and alarm stores over it, a fake clock, the city in Copenhagen, and
/// the settings and escalation sweep built as the host builds them.
/// </summary>
internal sealed class ServiceLevelWorld : IDisposable
{
    public ServiceLevelWorld(DateTimeOffset now)
    {
        Clock = new FakeTimeProvider(now);
        Store = new SqliteServiceLevelStore(Db.Database);
        Reports = new SqliteServiceLevelReports(Db.Database);
        AlarmStore = new SqliteAlarmStore(Db.Database);
        Alarms = new AlarmService(AlarmStore, new SqliteDeviceRegistryStore(Db.Database), [], Clock, NullLogger<AlarmService>.Instance);
        Settings = NewSettings();
        Escalation = NewEscalation();
    }

    public ReportsDatabase Db { get; } = new();

    public FakeTimeProvider Clock { get; }

    public SqliteServiceLevelStore Store { get; }

    public SqliteServiceLevelReports Reports { get; }

    public SqliteAlarmStore AlarmStore { get; }

    public AlarmService Alarms { get; }

    public ServiceLevelSettings Settings { get; }

    public ReportEscalationService Escalation { get; }

    /// <summary>Roads (supervised) takes the Roads group, lighting the streetlight code, parks the harbour district; the service desk the rest.</summary>
    public static RoutingDocument Routing { get; } = new(
        [new Department("service-desk", "Citizen service desk"), new Department("roads", "Roads", "roads-supervisor"),
         new Department("roads-north", "Roads, northern depot", "roads-supervisor"), new Department("lighting", "Street lighting"), new Department("parks", "Parks")],
        [new RoutingRule("roads", ServiceGroup: "Roads"), new RoutingRule("roads-north", ServiceGroup: "Roads", District: "nord"),
         new RoutingRule("lighting", ServiceCode: "streetlight"), new RoutingRule("parks", District: "harbour")],
        "service-desk");

    /// <summary>Monday to Friday 08:00–16:00 with the Danish holidays of 2026; 1 day to acknowledge, 3 to fix, a step every 4 working hours; potholes fixed in 1 day.</summary>
    public static ServiceLevelDocument Levels { get; } = new(
        new CalendarDocument(["monday", "tuesday", "wednesday", "thursday", "friday"], "08:00", "16:00",
            [.. CopenhagenCalendar.Holidays2026.Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))]),
        new PolicyDocument(1, 3, 4, 4),
        new Dictionary<string, PolicyDocument> { ["pothole"] = new(0.5, 1, 2, 4) },
        new Dictionary<string, PolicyDocument>());

    public ServiceLevelSettings NewSettings() => new(Store, Options.Create(new CityOptions { TimeZone = "Europe/Copenhagen" }));

    /// <summary>A sweep as a freshly started node builds it (own settings cache), over the same database.</summary>
    public ReportEscalationService NewEscalation(ServiceLevelSettings? settings = null) => new(
        Reports, Db.Reports, Db.Services, settings ?? Settings, Alarms, Options.Create(new ReportEscalationOptions()), Clock, NullLogger<ReportEscalationService>.Instance);

    public async Task ConfigureAsync()
    {
        Assert.False((await Settings.SaveRoutingAsync(Routing, "admin", Clock.GetUtcNow())).Any);
        Assert.False((await Settings.SaveServiceLevelsAsync(Levels, "admin", Clock.GetUtcNow())).Any);
    }

    public void Dispose() => Db.Dispose();
}
