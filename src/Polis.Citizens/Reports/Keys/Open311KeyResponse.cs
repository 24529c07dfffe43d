namespace Polis.Citizens.Reports.Keys;

/// <summary>An API key as listed; <see cref="Key"/> is set only in the answer that issues it (it is never shown again).</summary>
public sealed record Open311KeyResponse(string Id, string Name, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? RevokedAt, string? RevokedBy, string? Key = null)
{
    public static Open311KeyResponse From(Open311ApiKey key, string? secret = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new(key.Id, key.Name, key.CreatedAt, key.CreatedBy, key.RevokedAt, key.RevokedBy, secret);
    }
}
