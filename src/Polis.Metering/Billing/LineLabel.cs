namespace Polis.Metering.Billing;

/// <summary>What a bill line is: its category, its key (for matching corrections) and its printed description.</summary>
internal sealed record LineLabel(BillLineCategory Category, string Key, string Description);
