namespace Polis.Simulator.Metering;

/// <summary>A customer account as <c>POST /api/v1/metering/accounts</c> takes it: one per household.</summary>
public sealed record PlannedAccount(string Id, string Name, string Kind);
