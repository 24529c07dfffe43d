namespace Polis.NgsiLd.Entities;

/// <summary>
/// Which entity attributes a reading shows up in. Readings carry profile keys ("humidity", "occupied"),
/// subscriptions watch entity attributes ("relativeHumidity", "status"), so this is the one place the
/// renames and folds of <see cref="EntityMapper"/> are defined and the subscription matcher asks too.
/// </summary>
public static class ReadingAttributes
{
    /// <summary>Profile keys renamed to their SDM attribute, per entity type.</summary>
    private static readonly Dictionary<string, Dictionary<string, string>> _renames = new(StringComparer.Ordinal)
    {
        [EntityTypes.AirQualityObserved] = new(StringComparer.Ordinal) { ["humidity"] = "relativeHumidity" },
        [EntityTypes.Vehicle] = new(StringComparer.Ordinal) { ["bearing"] = "heading", ["odometer"] = "mileageFromOdometer" },
    };

    /// <summary>The attribute a key appears as when it is not folded into another attribute.</summary>
    public static string NameOf(string type, string key) => _renames.GetValueOrDefault(type)?.GetValueOrDefault(key) ?? key;

    /// <summary>Keys already expressed by another attribute: positions by location, parking occupancy by status.</summary>
    public static bool IsFolded(string type, string key) => FoldedInto(type, key) is not null;

    /// <summary>Every attribute of an entity of <paramref name="type"/> that readings of <paramref name="keys"/> change.</summary>
    public static IReadOnlySet<string> Changed(string type, IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var changed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            changed.Add(FoldedInto(type, key) ?? NameOf(type, key));
        }

        if (changed.Count > 0)
        {
            // Attributes derived from whatever was read last.
            switch (type)
            {
                case EntityTypes.AirQualityObserved:
                    changed.Add("dateObserved");
                    break;
                case EntityTypes.Device:
                    changed.Add("value");
                    changed.Add("dateLastValueReported");
                    break;
            }
        }

        return changed;
    }

    private static string? FoldedInto(string type, string key) => (type, key) switch
    {
        (EntityTypes.Vehicle, "latitude" or "longitude") => "location",
        (EntityTypes.ParkingSpot, "occupied") => "status",
        _ => null,
    };
}
