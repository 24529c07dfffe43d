namespace Polis.Citizens.Reports.Open311;

/// <summary>A list: a JSON array, or in XML one <see cref="ItemName"/> element per item inside the list's own element.</summary>
public sealed record Open311List(string ItemName, IReadOnlyList<object> Items);
