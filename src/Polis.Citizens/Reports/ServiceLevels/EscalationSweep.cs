namespace Polis.Citizens.Reports.ServiceLevels;

/// <summary>What one escalation sweep did: due dates given to reports without one, escalation steps taken, finished escalations settled.</summary>
public sealed record EscalationSweep(int Scheduled, int Escalated, int Settled);
