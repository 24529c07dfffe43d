using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Polis.NgsiLd.Errors;
using Polis.NgsiLd.Geo;
using Polis.NgsiLd.Http;
using Polis.NgsiLd.Query;

namespace Polis.NgsiLd.Tests.Http;

public sealed class EntityQueryParserTests
{
    [Fact]
    public void Parse_NoParameters_DefaultsToFirstTwentyNormalized()
    {
        var query = EntityQueryParser.Parse(Query());

        Assert.Equal(EntityQuery.DefaultLimit, query.Limit);
        Assert.Equal(0, query.Offset);
        Assert.False(query.Count);
        Assert.False(query.KeyValues);
        Assert.Null(query.Types);
        Assert.Null(query.Q);
        Assert.Null(query.Geo);
    }

    [Fact]
    public void Parse_AllParameters_BuildsQuery()
    {
        var query = EntityQueryParser.Parse(Query(
            ("type", "https://smartdatamodels.org/dataModel.Transportation/Vehicle,ParkingSpot"),
            ("attrs", "speed,status"),
            ("q", "speed>10"),
            ("georel", "near;maxDistance==500"),
            ("geometry", "Point"),
            ("coordinates", "[13.4,52.5]"),
            ("limit", "50"),
            ("offset", "100"),
            ("count", "true"),
            ("format", "keyValues")));

        Assert.Equal(["ParkingSpot", "Vehicle"], query.Types!.Order(StringComparer.Ordinal));
        Assert.Equal(["speed", "status"], query.Attrs);
        Assert.IsType<QTerm>(query.Q);
        Assert.Equal(GeoRelation.Near, query.Geo!.Relation);
        Assert.Equal((50, 100, true, true), (query.Limit, query.Offset, query.Count, query.KeyValues));
    }

    [Fact]
    public void Parse_LimitZeroWithCount_IsAllowedForCountOnly()
    {
        var query = EntityQueryParser.Parse(Query(("limit", "0"), ("options", "count")));

        Assert.Equal(0, query.Limit);
        Assert.True(query.Count);
    }

    [Theory]
    [InlineData("limit", "0", "only allowed together with count=true")]
    [InlineData("limit", "-1", "limit must be between")]
    [InlineData("offset", "-3", "offset must not be negative")]
    [InlineData("count", "yes", "count must be true or false")]
    [InlineData("idPattern", "([", "Invalid idPattern")]
    [InlineData("format", "geojson", "Unsupported format")]
    public void Parse_InvalidParameter_ThrowsBadRequestData(string name, string value, string fragment)
    {
        var error = Assert.Throws<NgsiLdException>(() => EntityQueryParser.Parse(Query((name, value))));

        Assert.Equal(NgsiLdErrorTypes.BadRequestData, error.ErrorType);
        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RepeatedParameter_ThrowsBadRequestData()
    {
        var collection = new QueryCollection(new Dictionary<string, StringValues> { ["q"] = new(["a==1", "b==2"]) });

        var error = Assert.Throws<NgsiLdException>(() => EntityQueryParser.Parse(collection));

        Assert.Contains("more than once", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TypeExpressionWithAnd_IsNotSupported()
    {
        var error = Assert.Throws<NgsiLdException>(() => EntityQueryParser.Parse(Query(("type", "(Vehicle;Device)"))));

        Assert.Equal(NgsiLdErrorTypes.OperationNotSupported, error.ErrorType);
        Assert.Equal(501, error.StatusCode);
    }

    private static QueryCollection Query(params (string Name, string Value)[] parameters) =>
        new(parameters.ToDictionary(p => p.Name, p => new StringValues(p.Value), StringComparer.Ordinal));
}
