namespace Polis.Metering.Residents;

/// <summary>A resident (an identity user id) allowed to see a customer account's consumption, since when and by whom.</summary>
public sealed record ResidentLink(string AccountId, string UserId, DateTimeOffset LinkedAt, string LinkedBy);
