namespace Polis.Metering.Meters;

/// <summary>A customer: who is billed for the consumption of its <see cref="ServicePoint"/>s, and how to reach them.</summary>
public sealed record CustomerAccount(
    string Id,
    string Name,
    AccountKind Kind,
    string? Email,
    string? Phone,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
