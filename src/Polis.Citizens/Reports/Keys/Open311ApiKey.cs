namespace Polis.Citizens.Reports.Keys;

/// <summary>An Open311 client's API key as stored: its SHA-256 (<see cref="KeyHash"/>), never the key itself.</summary>
public sealed record Open311ApiKey(string Id, string Name, string KeyHash, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? RevokedAt, string? RevokedBy)
{
    public bool IsActive => RevokedAt is null;
}
