using Polis.Platform.Devices;
using Polis.Platform.Rules.Runtime;

namespace Polis.Platform.Rules;

/// <summary>
/// Rule writes from JSON text: parsed once for shape, then checked against the target's profile, then saved
/// through <see cref="RuleCatalog"/> so twins pick the change up. The REST API and the dashboard both write here.
/// Errors are keyed by JSON path (<see cref="RuleJson"/>).
/// </summary>
public sealed class RuleService(IRuleStore store, RuleCatalog catalog, IDeviceRegistryStore registry)
{
    public async Task<OperationResult<Rule>> CreateAsync(string json, CancellationToken cancellationToken = default)
    {
        var (rule, errors) = await ParseAsync(json, cancellationToken);
        if (rule is null)
        {
            return OperationResult<Rule>.Invalid(errors);
        }

        if (await store.GetAsync(rule.Id, cancellationToken) is not null)
        {
            return OperationResult<Rule>.Conflict($"Rule '{rule.Id}' already exists.");
        }

        await catalog.SaveAsync(rule, cancellationToken);
        return OperationResult<Rule>.Ok(rule);
    }

    /// <summary>Replaces rule <paramref name="id"/>; the document's id must be the same.</summary>
    public async Task<OperationResult<Rule>> ReplaceAsync(string id, string json, CancellationToken cancellationToken = default)
    {
        var (rule, errors) = await ParseAsync(json, cancellationToken);
        if (rule is null)
        {
            return OperationResult<Rule>.Invalid(errors);
        }

        if (rule.Id != id)
        {
            return OperationResult<Rule>.Invalid(new Dictionary<string, string[]> { ["id"] = ["The id in the body must match the URL."] });
        }

        if (await store.GetAsync(id, cancellationToken) is null)
        {
            return OperationResult<Rule>.NotFound(NotFoundDetail(id));
        }

        await catalog.SaveAsync(rule, cancellationToken);
        return OperationResult<Rule>.Ok(rule);
    }

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default) =>
        catalog.DeleteAsync(id, cancellationToken);

    public static string NotFoundDetail(string id) => $"Rule '{id}' does not exist.";

    /// <summary>Parses once for shape, finds the target's profile, then validates keys against it.</summary>
    public async Task<(Rule? Rule, IDictionary<string, string[]> Errors)> ParseAsync(string json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(json);
        var shape = RuleJson.Parse(json);
        if (shape.Rule is not { } rule)
        {
            return (null, new Dictionary<string, string[]>(shape.Errors));
        }

        var profileId = rule.Target.ProfileId ?? (await registry.GetDeviceAsync(rule.Target.DeviceId!, cancellationToken))?.ProfileId;
        var profile = profileId is null ? null : await registry.GetProfileAsync(profileId, cancellationToken);
        if (profile is null)
        {
            var field = rule.Target.ProfileId is null ? "target.deviceId" : "target.profileId";
            return (null, new Dictionary<string, string[]> { [field] = ["The rule's target does not exist."] });
        }

        var checkedAgainstProfile = RuleJson.Parse(json, profile);
        return (checkedAgainstProfile.Rule, new Dictionary<string, string[]>(checkedAgainstProfile.Errors));
    }
}
