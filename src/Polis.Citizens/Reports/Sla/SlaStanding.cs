namespace Polis.Citizens.Reports.Sla;

/// <summary>A report against its service level: the acknowledge target and the fix target.</summary>
public sealed record SlaStanding(SlaTarget Acknowledge, SlaTarget Fix);
