namespace Polis.Platform.Rules.Runtime;

/// <summary>
/// Every rule in memory, indexed by profile and device, so a twin finds its rules on each reading without a
/// database read. Writes go through here: the store first, then the index, then the twins of the rule's
/// targets are told (<see cref="RuleAttachments"/>). Node-local: a cluster must broadcast rule changes.
/// </summary>
public sealed class RuleCatalog(IRuleStore store, RuleAttachments attachments) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile Index? _index;

    /// <summary>Changes with every rule write, so a twin can tell cheaply that its rules may have changed.</summary>
    public long Version => _index?.Version ?? 0;

    public async ValueTask<IReadOnlyList<ActiveRule>> ForDeviceAsync(string deviceId, string? profileId, CancellationToken cancellationToken = default)
    {
        var index = _index ?? await LoadAsync(cancellationToken);
        var forDevice = index.ByDevice.GetValueOrDefault(deviceId) ?? [];
        var forProfile = profileId is null ? [] : index.ByProfile.GetValueOrDefault(profileId) ?? [];
        return forDevice.Length == 0 ? forProfile : forProfile.Length == 0 ? forDevice : [.. forProfile, .. forDevice];
    }

    public async Task SaveAsync(Rule rule, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rule);
        await ChangeAsync(rule.Id, rule, cancellationToken);
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default) =>
        await ChangeAsync(id, null, cancellationToken);

    public void Dispose() => _gate.Dispose();

    private async Task<bool> ChangeAsync(string id, Rule? rule, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        await _gate.WaitAsync(cancellationToken);
        RuleTarget? previousTarget;
        try
        {
            previousTarget = _index!.All.GetValueOrDefault(id)?.Rule.Target;
            if (rule is null)
            {
                if (!await store.DeleteAsync(id, cancellationToken))
                {
                    return false;
                }
            }
            else
            {
                await store.UpsertAsync(rule, cancellationToken);
            }

            var all = new Dictionary<string, ActiveRule>(_index.All, StringComparer.Ordinal);
            if (rule is null)
            {
                all.Remove(id);
            }
            else
            {
                all[id] = ActiveRule.Of(rule);
            }

            _index = Index.Build(all, _index.Version + 1);
        }
        finally
        {
            _gate.Release();
        }

        attachments.Notify(previousTarget, rule?.Target);
        return true;
    }

    private async Task<Index> LoadAsync(CancellationToken cancellationToken)
    {
        if (_index is { } loaded)
        {
            return loaded;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_index is null)
            {
                var rules = await store.ListAsync(cancellationToken: cancellationToken);
                _index = Index.Build(rules.ToDictionary(r => r.Id, ActiveRule.Of, StringComparer.Ordinal), 1);
            }

            return _index;
        }
        finally
        {
            _gate.Release();
        }
    }

    private sealed record Index(
        Dictionary<string, ActiveRule> All,
        Dictionary<string, ActiveRule[]> ByProfile,
        Dictionary<string, ActiveRule[]> ByDevice,
        long Version)
    {
        public static Index Build(Dictionary<string, ActiveRule> all, long version) => new(
            all,
            Group(all.Values, r => r.Rule.Target.ProfileId),
            Group(all.Values, r => r.Rule.Target.DeviceId),
            version);

        // Ordered by id so every twin evaluates its rules in the same order.
        private static Dictionary<string, ActiveRule[]> Group(IEnumerable<ActiveRule> rules, Func<ActiveRule, string?> key) => rules
            .Where(r => key(r) is not null)
            .GroupBy(r => key(r)!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.Rule.Id, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }
}
