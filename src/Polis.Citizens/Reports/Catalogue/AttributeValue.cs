namespace Polis.Citizens.Reports.Catalogue;

/// <summary>One choice of a list attribute: the key posted, the name shown.</summary>
public sealed record AttributeValue(string Key, string Name);
