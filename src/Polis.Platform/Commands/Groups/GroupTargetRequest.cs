using System.Text.Json;

namespace Polis.Platform.Commands.Groups;

/// <summary>
/// The devices a group command is for; every filter given must match (AND). <see cref="Polygon"/> is a GeoJSON
/// Polygon or MultiPolygon in WGS84 ([longitude, latitude]); devices without a location never match it.
/// </summary>
public sealed record GroupTargetRequest(string? ProfileId, string? District, string? Label, JsonElement? Polygon);
