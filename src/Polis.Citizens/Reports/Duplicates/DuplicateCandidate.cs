namespace Polis.Citizens.Reports.Duplicates;

/// <summary>An open report a new report may repeat, and how far from the new report it is.</summary>
public sealed record DuplicateCandidate(LocatedReport Report, double DistanceMetres);
