using Polis.Citizens.Reports.Lifecycle;
using Polis.Citizens.Reports.Store;

namespace Polis.Citizens.Reports.Duplicates.Api;

/// <summary>
/// A report a new one may repeat, in public fields only (no contact, no attributes): what a resident sees before filing
/// and can say "me too" to; staff see the original description, residents the moderated one.
/// </summary>
public sealed record DuplicateCandidateResponse(
    long Id, string ServiceCode, string Status, string? Description, double Latitude, double Longitude, DateTimeOffset RequestedAt, double DistanceMetres, int MeToo)
{
    public static DuplicateCandidateResponse From(Report report, string? description, double distanceMetres, int meToo)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(report.Id, report.ServiceCode, ReportStatuses.Name(report.Status), description, report.Latitude!.Value, report.Longitude!.Value, report.RequestedAt,
            Math.Round(distanceMetres, 1), meToo);
    }
}
