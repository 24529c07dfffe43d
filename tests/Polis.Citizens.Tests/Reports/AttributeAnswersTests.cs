using Polis.Citizens.Reports.Catalogue;
using Polis.Citizens.Reports.Open311;

namespace Polis.Citizens.Tests.Reports;

/// <summary>Posted attribute values against their definitions: required, datatypes, list keys; unknown codes dropped.</summary>
public sealed class AttributeAnswersTests
{
    private static readonly ReportService Service = new("pothole", "Pothole", null, null, null, ServiceTypes.Realtime, true, null,
    [
        new AttributeDefinition("size", true, AttributeDatatypes.SingleValueList, true, 1, null, null, [new("small", "Small"), new("large", "Large")]),
        new AttributeDefinition("depth", true, AttributeDatatypes.Number, false, 2, null, null, null),
        new AttributeDefinition("seen", true, AttributeDatatypes.Datetime, false, 3, null, null, null),
        new AttributeDefinition("hazards", true, AttributeDatatypes.MultiValueList, false, 4, null, null, [new("water", "Water"), new("edge", "Edge")]),
        new AttributeDefinition("info", false, AttributeDatatypes.Text, true, 5, "Read me", null, null),
    ]);

    private static Dictionary<string, IReadOnlyList<string>> Posted(params (string Code, string[] Values)[] values) =>
        values.ToDictionary(v => v.Code, v => (IReadOnlyList<string>)v.Values);

    [Fact]
    public void Check_ValidValues_KeptAndUnknownDropped()
    {
        var (values, error) = AttributeAnswers.Check(Service, Posted(("size", ["large"]), ("depth", ["12.5"]), ("seen", ["2026-03-01T10:00:00Z"]), ("hazards", ["water", "edge"]), ("fms_extra", ["x"])));
        Assert.Null(error);
        Assert.Equal(["depth", "hazards", "seen", "size"], values.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["water", "edge"], values["hazards"]);
    }

    [Theory]
    [InlineData("size", "", "required")]
    [InlineData("size", "huge", "not one of small, large")]
    [InlineData("size", "small,large", "takes one value")]
    [InlineData("depth", "deep", "not a number")]
    [InlineData("depth", "NaN", "not a number")]
    [InlineData("seen", "yesterday", "not a date-time")]
    [InlineData("hazards", "water,fire", "'fire' is not one of")]
    public void Check_BadValue_NamesTheAttributeAndTheRule(string code, string values, string rule)
    {
        var posted = Posted(("size", ["small"]));
        posted[code] = values.Split(',', StringSplitOptions.RemoveEmptyEntries);
        var (_, error) = AttributeAnswers.Check(Service, posted);
        Assert.NotNull(error);
        Assert.Contains($"attribute[{code}]", error, StringComparison.Ordinal);
        Assert.Contains(rule, error, StringComparison.Ordinal);
    }
}
