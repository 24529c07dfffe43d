using System.Text;
using System.Text.Json.Nodes;
using Polis.Platform.Geography;

namespace Polis.Platform.Tests.Geography;

/// <summary>Uploads of the city's geography: valid ones become canonical features, every error names its feature.</summary>
public sealed class GeographyValidatorTests
{
    private const string Square = "[[[12.5,55.6],[12.6,55.6],[12.6,55.7],[12.5,55.7],[12.5,55.6]]]";

    private static string District(string id, string name, string coordinates = Square, string type = "Polygon") =>
        $$$"""{"type":"Feature","id":"{{{id}}}","properties":{"kind":"district","name":"{{{name}}}"},"geometry":{"type":"{{{type}}}","coordinates":{{{coordinates}}}}}""";

    private static string Street(string name, string coordinates = "[[12.5,55.6],[12.6,55.65,3.5]]", string type = "LineString") =>
        $$$"""{"type":"Feature","properties":{"kind":"street","name":"{{{name}}}"},"geometry":{"type":"{{{type}}}","coordinates":{{{coordinates}}}}}""";

    private static GeographyParseResult Parse(params string[] features) =>
        GeographyValidator.Parse(Encoding.UTF8.GetBytes($$"""{"type":"FeatureCollection","features":[{{string.Join(',', features)}}]}"""));

    [Fact]
    public void Parse_DistrictsAndStreets_CanonicalFeaturesInOrder()
    {
        var result = Parse(
            District("harbour", "Harbour"),
            Street("1st Street"),
            District("old-town", "Old Town", $"[{Square}]", "MultiPolygon"),
            Street("Ring", "[[[12.5,55.6],[12.6,55.6]],[[12.6,55.6],[12.6,55.7]]]", "MultiLineString"));

        Assert.Empty(result.Errors);
        var features = result.Features!;
        Assert.Equal([GeographyKind.District, GeographyKind.Street, GeographyKind.District, GeographyKind.Street], features.Select(f => f.Kind).ToArray());
        Assert.Equal("harbour", features[0].Id);
        Assert.Null(features[1].Id);
        // The altitude is dropped and unknown members would be too: only type and coordinates are kept.
        var street = JsonNode.Parse(features[1].GeometryJson)!;
        Assert.Equal("LineString", (string?)street["type"]);
        Assert.Equal(2, street["coordinates"]![1]!.AsArray().Count);
        Assert.Equal(55.65, street["coordinates"]![1]![1]!.GetValue<double>());
    }

    [Theory]
    [InlineData("[[[12.5,55.6],[12.6,55.6],[12.5,55.6]]]", "Polygon", "ring 0: a linear ring needs at least 4 positions.")]
    [InlineData("[[[12.5,55.6],[12.6,55.6],[12.6,55.7],[12.5,55.7]]]", "Polygon", "ring 0: a linear ring must be closed (its last position equals its first).")]
    [InlineData("[[[12.5,95.6],[12.6,55.6],[12.6,55.7],[12.5,95.6]]]", "Polygon", "ring 0: position 0 must be [longitude -180..180, latitude -90..90].")]
    [InlineData("[[12.5,55.6],[12.6,55.6]]", "LineString", "Geometry type must be Polygon or MultiPolygon, got 'LineString'.")]
    public void Parse_BadDistrictGeometry_ErrorNamesTheFeatureIndex(string coordinates, string type, string message)
    {
        var result = Parse(Street("Main Street"), District("harbour", "Harbour", coordinates, type));

        Assert.Null(result.Features);
        Assert.Equal(message, Assert.Single(result.Errors["features[1].geometry"]));
    }

    [Theory]
    [InlineData("[[12.5,55.6]]", "LineString", "a line needs at least 2 positions.")]
    [InlineData("[[12.5,55.6],[\"12.6\",55.6]]", "LineString", "position 1 must be [longitude -180..180, latitude -90..90].")]
    [InlineData("[[200,55.6],[12.6,55.6]]", "LineString", "position 0 must be [longitude -180..180, latitude -90..90].")]
    [InlineData("[]", "MultiLineString", "Expected at least one line.")]
    [InlineData(Square, "Polygon", "Geometry type must be LineString or MultiLineString, got 'Polygon'.")]
    public void Parse_BadStreetGeometry_ErrorNamesTheFeatureIndex(string coordinates, string type, string message)
    {
        var result = Parse(Street("Main Street", coordinates, type));

        Assert.Null(result.Features);
        Assert.Equal(message, Assert.Single(result.Errors["features[0].geometry"]));
    }

    [Fact]
    public void Parse_BadProperties_EachFeatureReportedByPath()
    {
        var result = Parse(
            """{"type":"Feature","properties":{"kind":"river","name":"Å"},"geometry":null}""",
            """{"type":"Feature","properties":{"kind":"street","name":"  "},"geometry":null}""",
            """{"type":"Feature","properties":{"kind":"district","name":"No id"},"geometry":null}""",
            District("harbour", "Harbour"),
            District("harbour", "Harbour again"),
            """{"type":"Point"}""");

        Assert.Null(result.Features);
        Assert.Equal(["features[0].properties.kind", "features[1].properties.name", "features[2].id", "features[4].id", "features[5].type"], result.Errors.Keys.Order(StringComparer.Ordinal).ToArray());
        Assert.Contains("appears twice", result.Errors["features[4].id"][0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json", "$")]
    [InlineData("""{"type":"Feature"}""", "type")]
    [InlineData("""{"type":"FeatureCollection"}""", "features")]
    [InlineData("""[1,2]""", "type")]
    public void Parse_NotAFeatureCollection_ErrorAtTheRoot(string json, string path)
    {
        var result = GeographyValidator.Parse(Encoding.UTF8.GetBytes(json));

        Assert.Null(result.Features);
        Assert.True(result.Errors.ContainsKey(path), string.Join(", ", result.Errors.Keys));
    }

    [Fact]
    public void Parse_ManyBadFeatures_ReportsAtMostTheLimit()
    {
        var result = Parse(Enumerable.Range(0, GeographyValidator.MaxReportedErrors + 10).Select(_ => Street("x", "[]")).ToArray());

        Assert.Null(result.Features);
        Assert.Equal(GeographyValidator.MaxReportedErrors, result.Errors.Count);
    }

    [Fact]
    public void Parse_EmptyCollection_ValidAndEmpty()
    {
        var result = Parse();

        Assert.Empty(result.Errors);
        Assert.Empty(result.Features!);
    }
}
