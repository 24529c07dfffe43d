using Polis.Citizens.Reports.Catalogue;

namespace Polis.Citizens.Tests.Reports;

/// <summary>Service definitions: every datatype accepted, every mistake reported by JSON path at once.</summary>
public sealed class ServiceValidatorTests
{
    private static AttributeBody Attribute(string code, string datatype, params string[] keys) =>
        new(code, null, datatype, null, null, null, null, keys.Length == 0 ? null : keys.Select(k => (AttributeValue?)new AttributeValue(k, k.ToUpperInvariant())).ToList());

    [Fact]
    public void Validate_EveryDatatype_ServiceWithMetadataAndDefaults()
    {
        var body = new ServiceBody("pothole", " Pothole ", null, "streets", null, null, null, "roads",
            [Attribute("a", "string"), Attribute("b", "number"), Attribute("c", "datetime"), Attribute("d", "text"), Attribute("e", "singlevaluelist", "x", "y"), Attribute("f", "MultiValueList", "x")]);
        var (service, errors) = ServiceValidator.Validate(body);
        Assert.Empty(errors);
        Assert.NotNull(service);
        Assert.Equal("Pothole", service.Name);
        Assert.Equal(ServiceTypes.Realtime, service.Type);
        Assert.True(service.Metadata);
        Assert.Equal("multivaluelist", service.Attributes[5].Datatype);
        Assert.True(service.Attributes[0].Variable);
        Assert.False(service.Attributes[0].Required);
    }

    [Fact]
    public void Validate_Mistakes_EachReportedByPath()
    {
        var body = new ServiceBody("has space", null, null, null, null, "weekly", false, null,
            [Attribute("a", "colour"), Attribute("a", "singlevaluelist"), Attribute("b", "string", "x"), null, Attribute("c", "singlevaluelist", "k", "k")]);
        var (service, errors) = ServiceValidator.Validate(body);
        Assert.Null(service);
        Assert.Equal(
            ["attributes[0].datatype", "attributes[1].code", "attributes[1].values", "attributes[2].values", "attributes[3]", "attributes[4].values[1].key", "metadata", "serviceCode", "serviceName", "type"],
            errors.Keys.Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Validate_CodeFromPath_DotsRefusedBecauseTheyEndTheOpen311Path()
    {
        Assert.Empty(ServiceValidator.Validate(new ServiceBody(null, "Bench", null, null, null, null, null, null, null), "bench-2").Errors);
        Assert.Contains("serviceCode", ServiceValidator.Validate(new ServiceBody("bench.json", "Bench", null, null, null, null, null, null, null)).Errors.Keys);
    }
}
