namespace Polis.Citizens.Reports.OneCity;

/// <summary>The devices within <see cref="RadiusMetres"/> of a report, nearest first with their twins; the alarm the report was filed from, if any.</summary>
public sealed record ReportDevicesResponse(long ReportId, double RadiusMetres, Guid? AlarmId, IReadOnlyList<NearbyDevice> Devices);
