namespace Polis.NgsiLd.Subscriptions;

/// <summary>
/// A validated NGSI-LD subscription (clause 5.2.12). Built only by <see cref="SubscriptionParser"/>, so every
/// instance holds a parsable q, geoQ and idPatterns. <see cref="Context"/> is the JSON-LD context URL the
/// subscription was created with; notifications carry it.
/// </summary>
public sealed record Subscription(
    string Id,
    IReadOnlyList<EntitySelector> Entities,
    IReadOnlyList<string>? WatchedAttributes,
    string? Q,
    SubscriptionGeoQ? GeoQ,
    NotificationParams Notification,
    double? Throttling,
    DateTimeOffset? ExpiresAt,
    bool IsActive,
    string Context,
    string? Name = null,
    string? Description = null)
{
    public const string TypeName = "Subscription";

    /// <summary>The spec's status: expired once expiresAt has passed, paused while not active, else active.</summary>
    public string StatusAt(DateTimeOffset now) =>
        ExpiresAt is { } expires && expires <= now ? "expired" : IsActive ? "active" : "paused";

    public bool NotifiesAt(DateTimeOffset now) => StatusAt(now) == "active";
}
