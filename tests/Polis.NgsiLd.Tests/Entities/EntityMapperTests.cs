using System.Text.Json.Nodes;
using Polis.NgsiLd.Entities;
using Polis.Platform.Devices;
using static Polis.NgsiLd.Tests.Entities.Snapshots;

namespace Polis.NgsiLd.Tests.Entities;

public sealed class EntityMapperTests
{
    private static readonly GeoPoint _harbour = new(13.41, 52.52);

    [Fact]
    public void ToEntity_AirQualityStation_IsAirQualityObservedWithUnitCodes()
    {
        var snapshot = Of("aq-1", "air-quality", _harbour, readings: [N("pm25", 12.5), N("no2", 40), N("humidity", 55), N("co", 0.4)]);

        var entity = EntityMapper.ToEntity(snapshot);

        Assert.Equal("urn:ngsi-ld:AirQualityObserved:aq-1", (string?)entity["id"]);
        Assert.Equal("AirQualityObserved", (string?)entity["type"]);
        Assert.Equal("Property", (string?)entity["pm25"]!["type"]);
        Assert.Equal(12.5, (double)entity["pm25"]!["value"]!);
        Assert.Equal("GQ", (string?)entity["pm25"]!["unitCode"]);
        Assert.Equal("GP", (string?)entity["co"]!["unitCode"]);
        Assert.Equal(NgsiLdValues.FormatInstant(At), (string?)entity["pm25"]!["observedAt"]);
        Assert.Equal(0.55, (double)entity["relativeHumidity"]!["value"]!, 6);
        Assert.Null(entity["humidity"]);
        Assert.Equal("DateTime", (string?)entity["dateObserved"]!["value"]!["@type"]);
        Assert.Equal("GeoProperty", (string?)entity["location"]!["type"]);
        Assert.Equal("[13.41,52.52]", entity["location"]!["value"]!["coordinates"]!.ToJsonString());
        Assert.Equal("harbour", (string?)entity["areaServed"]!["value"]);
    }

    [Fact]
    public void ToEntity_AirQualityStation_KeyValuesArePlainValues()
    {
        var entity = EntityFormat.ToKeyValues(EntityMapper.ToEntity(Of("aq-1", "air-quality", _harbour, readings: [N("pm25", 12.5)])));

        Assert.Equal(12.5, (double)entity["pm25"]!);
        Assert.Equal(NgsiLdValues.FormatInstant(At), (string?)entity["dateObserved"]);
        Assert.Equal("Point", (string?)entity["location"]!["type"]);
        Assert.Equal("Device aq-1", (string?)entity["name"]);
    }

    [Theory]
    [InlineData(true, "occupied")]
    [InlineData(false, "free")]
    public void ToEntity_ParkingSensor_IsParkingSpotWithStatus(bool occupied, string status)
    {
        var attributes = new Dictionary<string, string> { ["category"] = "onStreet, forDisabled" };
        var entity = EntityMapper.ToEntity(Of("p-7", "parking-spot", _harbour, attributes, readings: [B("occupied", occupied), N("battery", 88)]));
        var keyValues = EntityFormat.ToKeyValues(entity);

        Assert.Equal("urn:ngsi-ld:ParkingSpot:p-7", (string?)entity["id"]);
        Assert.Equal(status, (string?)entity["status"]!["value"]);
        Assert.Null(entity["occupied"]);
        Assert.Equal("P1", (string?)entity["battery"]!["unitCode"]);
        Assert.Equal(status, (string?)keyValues["status"]);
        Assert.Equal("[\"onStreet\",\"forDisabled\"]", keyValues["category"]!.ToJsonString());
    }

    [Fact]
    public void ToEntity_ParkingSensorWithoutReading_StatusUnknown()
    {
        var entity = EntityMapper.ToEntity(Of("p-8", "parking-spot", _harbour));

        Assert.Equal("unknown", (string?)entity["status"]!["value"]);
    }

    [Fact]
    public void ToEntity_Bus_IsVehicleAtReportedPosition()
    {
        var snapshot = Of("bus-12", "bus", _harbour, readings: [N("latitude", 52.5), N("longitude", 13.3), N("speed", 31), N("bearing", 270), N("occupancy", 40)]);

        var entity = EntityMapper.ToEntity(snapshot);
        var keyValues = EntityFormat.ToKeyValues(entity);

        Assert.Equal("urn:ngsi-ld:Vehicle:bus-12", (string?)entity["id"]);
        Assert.Equal("[13.3,52.5]", entity["location"]!["value"]!["coordinates"]!.ToJsonString());
        Assert.NotNull(entity["location"]!["observedAt"]);
        Assert.Equal("KMH", (string?)entity["speed"]!["unitCode"]);
        Assert.Equal(270, (double)entity["heading"]!["value"]!);
        Assert.Equal("DD", (string?)entity["heading"]!["unitCode"]);
        Assert.Null(entity["latitude"]);
        Assert.Null(entity["bearing"]);
        Assert.Equal("bus", (string?)keyValues["vehicleType"]);
        Assert.Equal(31, (double)keyValues["speed"]!);
    }

    [Fact]
    public void ToEntity_FleetVehicle_IsVehicleWithOdometerAsMileage()
    {
        var attributes = new Dictionary<string, string> { ["vehicleType"] = "lorry" };
        var entity = EntityMapper.ToEntity(Of("truck-3", "fleet-vehicle", null, attributes, readings: [N("odometer", 12_345)]));

        Assert.Equal("Vehicle", (string?)entity["type"]);
        Assert.Equal("lorry", (string?)entity["vehicleType"]!["value"]);
        Assert.Equal("KMT", (string?)entity["mileageFromOdometer"]!["unitCode"]);
        Assert.Null(entity["location"]);
    }

    [Fact]
    public void ToEntity_ElectricityMeter_IsDeviceWithControlledPropertiesAndValue()
    {
        var entity = EntityMapper.ToEntity(Of("em-1", "electricity-meter", _harbour, online: true, readings: [N("energy", 1234.5), N("power", 2.5)]));
        var keyValues = EntityFormat.ToKeyValues(entity);

        Assert.Equal("urn:ngsi-ld:Device:em-1", (string?)entity["id"]);
        Assert.Equal("Device", (string?)entity["type"]);
        Assert.Equal("[\"energy\",\"power\",\"voltage\",\"current\"]", entity["controlledProperty"]!["value"]!.ToJsonString());
        Assert.Equal("online", (string?)entity["deviceState"]!["value"]);
        Assert.Equal("energy=1234.5;power=2.5", (string?)entity["value"]!["value"]);
        Assert.Equal("KWH", (string?)entity["energy"]!["unitCode"]);
        Assert.Equal("[\"meter\"]", keyValues["category"]!.ToJsonString());
        Assert.Equal(NgsiLdValues.FormatInstant(At + 1), (string?)keyValues["dateLastValueReported"]);
    }

    [Fact]
    public void Project_Attrs_KeepsIdTypeAndNamedAttributesOnly()
    {
        var entity = EntityMapper.ToEntity(Of("aq-1", "air-quality", _harbour, readings: [N("pm25", 12.5), N("no2", 40)]));

        var projected = EntityFormat.Project(entity, ["pm25", "missing"]);

        Assert.Equal(["id", "type", "pm25"], projected.Select(p => p.Key));
        Assert.True(EntityFormat.HasAny(entity, ["no2"]));
        Assert.False(EntityFormat.HasAny(entity, ["missing"]));
    }

    [Fact]
    public void ToKeyValues_RelationshipAndMultiInstance_TakesObjectAndFirstInstance()
    {
        var entity = JsonNode.Parse("""{"id":"urn:x:1","type":"T","ref":{"type":"Relationship","object":"urn:y:2"},"speed":[{"type":"Property","value":1},{"type":"Property","value":2}]}""")!.AsObject();

        var keyValues = EntityFormat.ToKeyValues(entity);

        Assert.Equal("urn:y:2", (string?)keyValues["ref"]);
        Assert.Equal(1, (int)keyValues["speed"]!);
    }
}
