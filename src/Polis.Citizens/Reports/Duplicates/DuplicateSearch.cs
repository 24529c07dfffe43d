using System.Globalization;
using Polis.Citizens.Reports.Store;
using Polis.Platform.Devices;

namespace Polis.Citizens.Reports.Duplicates;

/// <summary>
/// Duplicate detection over the store: the service's rule sizes a box and a time span the store answers from an index
/// (latitude range, then longitude), and <see cref="DuplicateFinder"/> keeps what lies within the radius, nearest first.
/// </summary>
public sealed class DuplicateSearch(DuplicateFinder finder, IDuplicateSearchStore store)
{
    /// <summary>At most this many reports are read from one box: a radius of tens of metres never holds more open ones.</summary>
    public const int MaxScanned = 500;

    public DuplicateRules Rules => finder.Rules;

    /// <summary>
    /// The open reports of <paramref name="serviceCode"/> a report at <paramref name="location"/> made at
    /// <paramref name="at"/> may repeat, nearest first, without <paramref name="excluding"/> (the report itself).
    /// </summary>
    public async Task<IReadOnlyList<FoundDuplicate>> CandidatesAsync(
        string serviceCode, GeoPoint location, DateTimeOffset at, long? excluding, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceCode);
        var rule = finder.Rules.For(serviceCode);
        var box = GreatCircle.BoxAround(location, rule.RadiusMetres);
        var stored = await store.OpenInBoxAsync(serviceCode, box, at.AddDays(-rule.WindowDays), at, MaxScanned, cancellationToken);
        var byId = stored.Where(r => r.Id != excluding && r.Latitude is not null && r.Longitude is not null).ToDictionary(r => Key(r.Id), StringComparer.Ordinal);
        var located = byId.Values.Select(r => new LocatedReport(Key(r.Id), r.ServiceCode, new GeoPoint(r.Longitude!.Value, r.Latitude!.Value), r.Status, r.RequestedAt));
        return [.. finder.Candidates(serviceCode, location, at, located).Select(c => new FoundDuplicate(byId[c.Report.Id], c.DistanceMetres))];
    }

    private static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);
}
