using Polis.NgsiLd.Entities;

namespace Polis.NgsiLd.Tests.Entities;

public sealed class EntityIdsTests
{
    [Fact]
    public void Parse_IdWithColonsInDeviceId_SplitsAtTypeOnly()
    {
        var id = EntityIds.For("Device", "site:7:meter");

        Assert.Equal(("Device", "site:7:meter"), EntityIds.Parse(id));
    }

    [Theory]
    [InlineData("aq-1")]
    [InlineData("urn:ngsi-ld:Device")]
    [InlineData("urn:ngsi-ld:Device:")]
    [InlineData("urn:other:Device:aq-1")]
    public void Parse_NotAPolisEntityId_ReturnsNull(string id)
    {
        Assert.Null(EntityIds.Parse(id));
    }

    [Theory]
    [InlineData("https://smartdatamodels.org/dataModel.Transportation/Vehicle", "Vehicle")]
    [InlineData("https://uri.etsi.org/ngsi-ld/default-context/ParkingSpot", "ParkingSpot")]
    [InlineData("Device", "Device")]
    public void ShortName_ExpandedOrCompactType_ReturnsLastSegment(string type, string expected)
    {
        Assert.Equal(expected, EntityTypes.ShortName(type));
    }

    [Theory]
    [InlineData("air-quality", "AirQualityObserved")]
    [InlineData("parking-spot", "ParkingSpot")]
    [InlineData("bus", "Vehicle")]
    [InlineData("fleet-vehicle", "Vehicle")]
    [InlineData("water-meter", "Device")]
    [InlineData("custom-profile", "Device")]
    public void ForProfile_BuiltInAndCustomProfiles_MapToSmartDataModels(string profileId, string expected)
    {
        Assert.Equal(expected, EntityTypes.ForProfile(profileId));
    }
}
