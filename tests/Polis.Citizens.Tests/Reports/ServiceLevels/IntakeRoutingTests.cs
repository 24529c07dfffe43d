using Polis.Citizens.Reports.Catalogue;
using Polis.Citizens.Reports.Open311;
using Polis.Citizens.Reports.Store;
using Polis.Citizens.Tests.Reports.Sla;
using Polis.Platform.Geography;

namespace Polis.Citizens.Tests.Reports.ServiceLevels;

/// <summary>
/// Open311 intake on real stores: the department is the routing table's for the service's code, group and the
/// district the point lies in; due dates come from the service level on the working calendar from the time it was made.
/// </summary>
public sealed class IntakeRoutingTests : IDisposable
{
    // 14:00 on Wednesday 1 April 2026, before Easter's holidays.
    private readonly ServiceLevelWorld _world = new(CopenhagenCalendar.At(4, 1, 14, 2));
    private readonly ReportIntake _intake;

    public IntakeRoutingTests()
    {
        _intake = new ReportIntake(_world.Db.Services, _world.Db.Reports, new DistrictLocator(_world.Db.Geography), _world.Settings, _world.Clock);
    }

    [Fact]
    public async Task Check_NothingConfigured_ServiceDepartmentAndDefaultCalendar_ThenRoutedByDistrictAndService()
    {
        await SetUpCityAsync();
        var before = await CheckAsync("graffiti", Nord);
        Assert.Equal("cleaning", before.Department);
        // The default: Mon–Fri 08:00–16:00 without holidays, 5 working days to fix (40 h): 2 h Wed, Thu, Fri, Mon, Tue, 6 h Wed 8 April.
        Assert.Equal(CopenhagenCalendar.At(4, 8, 14, 2), before.DueAt);

        await _world.ConfigureAsync();
        Assert.Equal("roads-north", (await CheckAsync("pothole", Nord)).Department);
        Assert.Equal("roads", (await CheckAsync("pothole", Elsewhere)).Department);
        Assert.Equal("parks", (await CheckAsync("graffiti", Harbour)).Department);
        Assert.Equal("service-desk", (await CheckAsync("graffiti", Nord)).Department);
        Assert.Equal("lighting", (await CheckAsync("streetlight", Harbour)).Department);
        Assert.Equal("service-desk", (await CheckAsync("graffiti", null)).Department);
    }

    [Fact]
    public async Task Check_DueDates_FromThePolicyOfTheServiceOnTheWorkingCalendar()
    {
        await SetUpCityAsync();
        await _world.ConfigureAsync();
        var pothole = await CheckAsync("pothole", Nord);
        // Half a day (4 h): 2 h on Wednesday, then Easter (2, 3 and 6 April) and the weekend, 2 h on Tuesday.
        Assert.Equal(CopenhagenCalendar.At(4, 7, 10, 2), pothole.AcknowledgeDueAt);
        Assert.Equal(CopenhagenCalendar.At(4, 7, 14, 2), pothole.DueAt);
        var graffiti = await CheckAsync("graffiti", Nord);
        Assert.Equal(CopenhagenCalendar.At(4, 7, 14, 2), graffiti.AcknowledgeDueAt);
        Assert.Equal(CopenhagenCalendar.At(4, 9, 14, 2), graffiti.DueAt);

        var stored = await _intake.StoreAsync(graffiti, "open311:test", default);
        var read = await _world.Db.Reports.GetAsync(stored.Id);
        Assert.Equal((graffiti.Department, graffiti.AcknowledgeDueAt, graffiti.DueAt), (read!.Department, read.AcknowledgeDueAt, read.DueAt));
    }

    private static readonly (string, string) Nord = ("55.705", "12.56");
    private static readonly (string, string) Harbour = ("55.675", "12.56");
    private static readonly (string, string) Elsewhere = ("55.695", "12.60");

    private async Task<Report> CheckAsync(string serviceCode, (string Lat, string Long)? at)
    {
        var submission = new Open311Submission("k", null, serviceCode, at?.Lat, at?.Long, at is null ? "Vesterbrogade 1" : null, null,
            null, null, null, null, "Something to fix", null, null, null, new Dictionary<string, IReadOnlyList<string>>());
        var (_, report, refusal) = await _intake.CheckAsync(submission, "key-1", default);
        Assert.Null(refusal);
        return report!;
    }

    private async Task SetUpCityAsync()
    {
        foreach (var (code, group, department) in new[] { ("pothole", "Roads", "roads-own"), ("graffiti", "Cleaning", "cleaning"), ("streetlight", "Lighting", (string?)null) })
        {
            var service = new ReportService(code, code, null, group, null, ServiceTypes.Realtime, false, department, []);
            Assert.True(await _world.Db.Services.CreateAsync(new StoredService(service, _world.Clock.GetUtcNow(), _world.Clock.GetUtcNow(), "t")));
        }

        await _world.Db.Geography.ReplaceAsync(
        [
            new GeographyFeature(GeographyKind.District, "harbour", "Harbour", """{"type":"Polygon","coordinates":[[[12.55,55.67],[12.57,55.67],[12.57,55.68],[12.55,55.68],[12.55,55.67]]]}"""),
            new GeographyFeature(GeographyKind.District, "nord", "Nord", """{"type":"Polygon","coordinates":[[[12.55,55.70],[12.57,55.70],[12.57,55.71],[12.55,55.71],[12.55,55.70]]]}"""),
            new GeographyFeature(GeographyKind.District, "east", "East", """{"type":"Polygon","coordinates":[[[12.58,55.69],[12.62,55.69],[12.62,55.70],[12.58,55.70],[12.58,55.69]]]}"""),
        ]);
    }

    public void Dispose() => _world.Dispose();
}
