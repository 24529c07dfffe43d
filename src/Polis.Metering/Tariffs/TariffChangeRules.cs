using System.Globalization;
using System.Text.Json;

namespace Polis.Metering.Tariffs;

/// <summary>
/// What may change in a tariff once bills were issued with it: new versions may be added and an open-ended version
/// may be given an end after the last day it billed, but a version issued bills used keeps its prices, and the
/// tariff keeps its meter kind and currency. Otherwise a re-run would silently re-price bills already sent.
/// </summary>
public static class TariffChangeRules
{
    /// <summary>Why <paramref name="updated"/> may not replace <paramref name="current"/>, or null when it may.</summary>
    public static string? Conflict(Tariff current, Tariff updated, IReadOnlyList<BilledVersion> billed)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(updated);
        ArgumentNullException.ThrowIfNull(billed);
        if (billed.Count == 0)
        {
            return null;
        }

        if (current.MeterKind != updated.MeterKind || current.Currency != updated.Currency)
        {
            return $"Tariff {current.Id} has issued bills: its meter kind ({current.MeterKind}) and currency ({current.Currency}) cannot change. Create a new tariff instead.";
        }

        foreach (var used in billed.OrderBy(b => b.VersionFrom))
        {
            var before = current.Versions.FirstOrDefault(v => v.From == used.VersionFrom);
            var after = updated.Versions.FirstOrDefault(v => v.From == used.VersionFrom);
            var from = used.VersionFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var until = used.BilledUntil.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (after is null)
            {
                return $"The version from {from} has billed up to {until}; it cannot be removed or moved. Add a new version from a later date instead.";
            }

            if (before is not null && Prices(before) != Prices(after))
            {
                return $"The version from {from} has billed up to {until}; its charges and taxes cannot change retroactively. Add a new version from {until} or later instead.";
            }

            if (after.To is { } to && to < used.BilledUntil)
            {
                return $"The version from {from} has billed up to {until}; it cannot end on {to:yyyy-MM-dd}, before that.";
            }
        }

        return null;
    }

    /// <summary>A version's charges and taxes as JSON: equal text, equal prices.</summary>
    private static string Prices(TariffVersion version) =>
        JsonSerializer.Serialize(new { version.Charges, version.Taxes }, TariffJson.Options);
}
