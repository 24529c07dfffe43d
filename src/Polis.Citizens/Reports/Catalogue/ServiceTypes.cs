namespace Polis.Citizens.Reports.Catalogue;

/// <summary>GeoReport v2's service types: how a posted request becomes known.</summary>
public static class ServiceTypes
{
    /// <summary>The request id is returned at once.</summary>
    public const string Realtime = "realtime";

    /// <summary>A token is returned; the id is resolved later with <c>tokens/{token}</c>.</summary>
    public const string Batch = "batch";

    /// <summary>Accepted, but its status is never published.</summary>
    public const string Blackbox = "blackbox";

    public static IReadOnlyList<string> All { get; } = [Realtime, Batch, Blackbox];
}
