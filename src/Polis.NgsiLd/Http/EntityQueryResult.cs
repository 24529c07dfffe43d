using System.Text.Json.Nodes;

namespace Polis.NgsiLd.Http;

/// <summary>One page of matching entities (normalized, projected) and the number of matches before paging.</summary>
public sealed record EntityQueryResult(IReadOnlyList<JsonObject> Entities, int Total);
