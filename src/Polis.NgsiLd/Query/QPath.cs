namespace Polis.NgsiLd.Query;

/// <summary>
/// Where a term looks: <c>attr</c>, <c>attr.sub</c> (a sub-attribute or metadata such as observedAt)
/// and <c>attr[key][key]</c> (members of an object value).
/// </summary>
public sealed record QPath(string Attribute, IReadOnlyList<string> SubAttributes, IReadOnlyList<string> ValueMembers)
{
    public override string ToString() =>
        Attribute + string.Concat(SubAttributes.Select(s => "." + s)) + string.Concat(ValueMembers.Select(m => "[" + m + "]"));
}
