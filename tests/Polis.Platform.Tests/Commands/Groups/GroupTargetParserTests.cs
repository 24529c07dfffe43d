using System.Text.Json;
using Polis.Platform.Commands.Groups;
using Polis.Platform.Devices;
using Xunit;

namespace Polis.Platform.Tests.Commands.Groups;

public sealed class GroupTargetParserTests
{
    private const string Square = """{"type":"Polygon","coordinates":[[[10,56],[11,56],[11,57],[10,57],[10,56]]]}""";

    [Fact]
    public void Parse_NoFilterAtAll_RefusedSoACityWideCommandIsNeverAnAccident()
    {
        var (target, errors) = GroupTargetParser.Parse(new GroupTargetRequest(null, " ", null, null));
        Assert.Null(target);
        Assert.Contains("target", errors.Keys);
    }

    [Fact]
    public void Parse_DistrictAndPolygon_QueryUsesThePolygonsBoundingBoxAndContainsIsExact()
    {
        var (target, errors) = GroupTargetParser.Parse(new GroupTargetRequest(null, "east", null, Json("""{"type":"Polygon","coordinates":[[[10,56],[12,56],[10,58],[10,56]]]}""")));
        Assert.Empty(errors);
        var query = target!.ToQuery(0, 100);
        Assert.Equal(("east", new BoundingBox(10, 56, 12, 58)), (query.District, query.Within!.Value));

        Assert.True(target.Contains(At(10.5, 56.5)));
        Assert.False(target.Contains(At(11.8, 57.8))); // inside the box, outside the triangle
        Assert.False(target.Contains(At(null, null)));
    }

    [Theory]
    [InlineData("""{"type":"Point","coordinates":[10,56]}""", "Polygon or MultiPolygon")]
    [InlineData("""{"type":"Polygon","coordinates":[[[10,56],[11,56],[11,57],[10,56.5]]]}""", "ends where it starts")]
    [InlineData("""{"type":"Polygon","coordinates":[[[10,56],[11,57],[11,56],[10,57],[10,56]]]}""", "not valid")]
    [InlineData("""{"type":"Polygon","coordinates":[[[10,56],[200,56],[11,57],[10,56]]]}""", "outside WGS84")]
    [InlineData("""{"type":"Polygon","coordinates":[[["10",56],[11,56],[11,57],[10,56]]]}""", "[longitude, latitude]")]
    [InlineData("""{"type":"Polygon"}""", "\"coordinates\"")]
    public void Parse_BadPolygon_ClearErrorOnThePolygon(string polygon, string expected)
    {
        var (target, errors) = GroupTargetParser.Parse(new GroupTargetRequest("streetlight", null, null, Json(polygon)));
        Assert.Null(target);
        Assert.Contains(expected, Assert.Single(errors["target.polygon"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MultiPolygon_ContainsPointsOfEitherPart()
    {
        var multi = """{"type":"MultiPolygon","coordinates":[[[[10,56],[11,56],[11,57],[10,57],[10,56]]],[[[20,60],[21,60],[21,61],[20,61],[20,60]]]]}""";
        var (target, errors) = GroupTargetParser.Parse(new GroupTargetRequest(null, null, null, Json(multi)));
        Assert.Empty(errors);
        Assert.True(target!.Contains(At(20.5, 60.5)));
        Assert.True(target.Contains(At(10.5, 56.5)));
        Assert.False(target.Contains(At(15, 58)));
        Assert.True(GroupTargetParser.Parse(new GroupTargetRequest(null, null, null, Json(Square))).Target!.Contains(At(10, 56))); // the boundary counts
    }

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    private static Device At(double? longitude, double? latitude) => new(
        "d", "streetlight", "d", null, longitude is null ? null : new GeoPoint(longitude.Value, latitude!.Value),
        new Dictionary<string, string>(), [], DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);
}
