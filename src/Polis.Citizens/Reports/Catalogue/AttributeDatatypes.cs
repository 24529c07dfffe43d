namespace Polis.Citizens.Reports.Catalogue;

/// <summary>GeoReport v2's attribute datatypes.</summary>
public static class AttributeDatatypes
{
    public const string SingleLine = "string";
    public const string Number = "number";
    public const string Datetime = "datetime";
    public const string Text = "text";
    public const string SingleValueList = "singlevaluelist";
    public const string MultiValueList = "multivaluelist";

    public static IReadOnlyList<string> All { get; } = [SingleLine, Number, Datetime, Text, SingleValueList, MultiValueList];

    public static bool IsList(string datatype) => datatype is SingleValueList or MultiValueList;
}
