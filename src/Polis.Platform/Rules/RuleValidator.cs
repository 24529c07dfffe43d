using Polis.Platform.Devices;

namespace Polis.Platform.Rules;

/// <summary>
/// Content rules for <see cref="Rule"/>: every problem is reported under its JSON field path
/// (<c>condition.conditions[1].value</c>), ready for an RFC 7807 validation problem.
/// </summary>
public static class RuleValidator
{
    public static Dictionary<string, string[]> Validate(Rule rule, DeviceProfile? profile = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var errors = new RuleErrors();
        if (rule.Id is null || rule.Id.Length > 64 || !DeviceValidator.IdPattern().IsMatch(rule.Id))
        {
            errors.Add("id", "Rule ids are 1 to 64 letters, digits, '.', '_', ':' or '-', starting with a letter or digit.");
        }

        if (string.IsNullOrWhiteSpace(rule.Name) || rule.Name.Length > RuleLimits.MaxNameLength)
        {
            errors.Add("name", $"A name of 1 to {RuleLimits.MaxNameLength} characters is required.");
        }

        if (rule.Description is { Length: > RuleLimits.MaxDescriptionLength })
        {
            errors.Add("description", $"The description is at most {RuleLimits.MaxDescriptionLength} characters.");
        }

        ValidateTarget(rule.Target, profile, errors);
        if (!Enum.IsDefined(rule.Severity))
        {
            errors.Add("severity", "The severity is critical, major, minor, warning or indeterminate.");
        }

        var keys = profile is { Telemetry.Count: > 0 } ? profile : null;
        var conditionCheck = new ConditionValidator(keys, errors);
        conditionCheck.Validate(rule.Condition, "condition");
        if (rule.Clear is not null)
        {
            new ConditionValidator(keys, errors).Validate(rule.Clear.Condition, "clear.condition");
        }

        return errors.ToDictionary();
    }

    private static void ValidateTarget(RuleTarget? target, DeviceProfile? profile, RuleErrors errors)
    {
        if (target is null || (target.ProfileId is null) == (target.DeviceId is null))
        {
            errors.Add("target", "Give exactly one of target.profileId and target.deviceId.");
            return;
        }

        if (target.ProfileId is { } profileId && profile is not null && !string.Equals(profileId, profile.Id, StringComparison.Ordinal))
        {
            errors.Add("target.profileId", $"The rule targets profile '{profileId}' but is checked against '{profile.Id}'.");
        }

        if (target.DeviceId is { } deviceId && !DeviceValidator.IdPattern().IsMatch(deviceId))
        {
            errors.Add("target.deviceId", "Not a valid device id.");
        }
    }
}
