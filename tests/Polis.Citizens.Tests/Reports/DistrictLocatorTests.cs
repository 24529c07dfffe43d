using Polis.Citizens.Reports.Open311;
using Polis.Platform.Geography;

namespace Polis.Citizens.Tests.Reports;

/// <summary>"Inside the city" against the platform's stored geography: anywhere without districts, inside one with them.</summary>
public sealed class DistrictLocatorTests : IDisposable
{
    private readonly ReportsDatabase _db = new();

    [Fact]
    public async Task IsInCity_NoDistricts_Anywhere_WithDistricts_InsideOnly()
    {
        var locator = new DistrictLocator(_db.Geography);
        Assert.True(await locator.IsInCityAsync(48.85, 2.35));

        await _db.Geography.ReplaceAsync(
        [
            new GeographyFeature(GeographyKind.District, "harbour", "Harbour", """{"type":"Polygon","coordinates":[[[12.55,55.67],[12.57,55.67],[12.57,55.68],[12.55,55.68],[12.55,55.67]]]}"""),
            new GeographyFeature(GeographyKind.District, "isles", "Isles", """{"type":"MultiPolygon","coordinates":[[[[10,50],[11,50],[11,51],[10,51],[10,50]]]]}"""),
            new GeographyFeature(GeographyKind.Street, null, "Quay", """{"type":"LineString","coordinates":[[0,0],[1,1]]}"""),
        ]);
        Assert.True(await locator.IsInCityAsync(55.675, 12.56));
        Assert.True(await locator.IsInCityAsync(55.67, 12.56));
        Assert.True(await locator.IsInCityAsync(50.5, 10.5));
        Assert.False(await locator.IsInCityAsync(48.85, 2.35));
        Assert.False(await locator.IsInCityAsync(0.5, 0.5));
    }

    public void Dispose() => _db.Dispose();
}
