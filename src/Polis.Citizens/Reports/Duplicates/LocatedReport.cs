using Polis.Citizens.Reports.Lifecycle;
using Polis.Platform.Devices;

namespace Polis.Citizens.Reports.Duplicates;

/// <summary>What duplicate detection needs of a stored report.</summary>
public sealed record LocatedReport(string Id, string ServiceCode, GeoPoint Location, ReportStatus Status, DateTimeOffset SubmittedAt);
