using System.Text.RegularExpressions;
using Polis.NgsiLd.Geo;
using Polis.NgsiLd.Query;

namespace Polis.NgsiLd.Http;

/// <summary>A validated query-entities request; null members mean "no filter".</summary>
public sealed record EntityQuery(
    IReadOnlySet<string>? Types = null,
    IReadOnlySet<string>? Ids = null,
    Regex? IdPattern = null,
    IReadOnlyList<string>? Attrs = null,
    QNode? Q = null,
    GeoQuery? Geo = null,
    int Limit = EntityQuery.DefaultLimit,
    int Offset = 0,
    bool Count = false,
    bool KeyValues = false)
{
    public const int DefaultLimit = 20;

    public const int MaxLimit = 1_000;
}
