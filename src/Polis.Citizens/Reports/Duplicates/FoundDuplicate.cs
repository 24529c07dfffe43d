using Polis.Citizens.Reports.Store;

namespace Polis.Citizens.Reports.Duplicates;

/// <summary>A stored report that a report (or a resident about to file one) may repeat, and how far away it is.</summary>
public sealed record FoundDuplicate(Report Report, double DistanceMetres);
