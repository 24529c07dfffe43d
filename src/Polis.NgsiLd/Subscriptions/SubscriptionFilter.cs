using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Polis.NgsiLd.Geo;
using Polis.NgsiLd.Query;
using Polis.Platform.Devices;

namespace Polis.NgsiLd.Subscriptions;

/// <summary>
/// A subscription compiled for matching: entity selectors and watched attributes decide from the reading
/// alone (cheap, before any entity is built); q and geoQ are evaluated on the entity in normalized form.
/// </summary>
public sealed class SubscriptionFilter
{
    private static readonly TimeSpan _regexTimeout = TimeSpan.FromMilliseconds(100);
    private readonly (string Type, string? Id, Regex? Pattern)[] _selectors;
    private readonly HashSet<string>? _watched;
    private readonly QNode? _q;
    private readonly GeoQuery? _geo;

    public SubscriptionFilter(Subscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        _selectors = subscription.Entities
            .Select(e => (e.Type, e.Id, e.IdPattern is null ? null : new Regex(e.IdPattern, RegexOptions.CultureInvariant, _regexTimeout)))
            .ToArray();
        _watched = subscription.WatchedAttributes?.ToHashSet(StringComparer.Ordinal);
        _q = subscription.Q is null ? null : QParser.Parse(subscription.Q);
        _geo = subscription.GeoQ is { } g ? GeoQueryParser.Parse(g.Georel, g.Geometry, g.Coordinates, g.GeoProperty) : null;
    }

    /// <summary>True when an entity of this type and id is selected (no entities member: any entity).</summary>
    public bool MatchesEntity(string type, string entityId)
    {
        if (_selectors.Length == 0)
        {
            return true;
        }

        foreach (var (selectorType, id, pattern) in _selectors)
        {
            if (selectorType == type && (id is null || id == entityId) && (pattern is null || IsMatch(pattern, entityId)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when one of the changed attributes is watched; without watchedAttributes any change counts.</summary>
    public bool Watches(IReadOnlySet<string> changed)
    {
        ArgumentNullException.ThrowIfNull(changed);
        return _watched is null ? changed.Count > 0 : changed.Any(_watched.Contains);
    }

    /// <summary>q and geoQ on the entity's current state.</summary>
    public bool MatchesContent(JsonObject entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (_q is not null && !QEvaluator.Matches(_q, entity))
        {
            return false;
        }

        return _geo is null || (LocationOf(entity) is { } point && GeoQueryEvaluator.Matches(_geo, point));
    }

    private static GeoPoint? LocationOf(JsonObject entity)
    {
        if (entity["location"]?["value"]?["coordinates"] is JsonArray { Count: 2 } coordinates &&
            coordinates[0]?.GetValueKind() == JsonValueKind.Number && coordinates[1]?.GetValueKind() == JsonValueKind.Number)
        {
            return new GeoPoint(coordinates[0]!.GetValue<double>(), coordinates[1]!.GetValue<double>());
        }

        return null;
    }

    private static bool IsMatch(Regex pattern, string id)
    {
        try
        {
            return pattern.IsMatch(id);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
