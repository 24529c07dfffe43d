namespace Polis.Platform.Rules;

/// <summary>Persistence of rules; each is kept as its canonical JSON (RuleJson.Serialize).</summary>
public interface IRuleStore
{
    /// <summary>Rules, optionally only those targeting a profile or a device.</summary>
    Task<IReadOnlyList<Rule>> ListAsync(string? profileId = null, string? deviceId = null, CancellationToken cancellationToken = default);

    Task<Rule?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces.</summary>
    Task UpsertAsync(Rule rule, CancellationToken cancellationToken = default);

    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default);
}
