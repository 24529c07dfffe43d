using Polis.Contracts.Telemetry;
using Polis.Platform.Devices;

namespace Polis.Platform.Rules;

/// <summary>Walks one condition tree, reporting problems under each node's path.</summary>
internal sealed class ConditionValidator(DeviceProfile? profile, RuleErrors errors)
{
    private int _count;
    private bool _tooMany;

    public void Validate(RuleCondition? condition, string path) => Visit(condition, path, 1);

    private void Visit(RuleCondition? condition, string path, int depth)
    {
        if (condition is null)
        {
            errors.Add(path, "A condition is required.");
            return;
        }

        if (++_count > RuleLimits.MaxConditions && !_tooMany)
        {
            _tooMany = true;
            errors.Add(path, $"A rule has at most {RuleLimits.MaxConditions} conditions.");
        }

        switch (condition)
        {
            case ThresholdCondition threshold:
                Threshold(threshold, path);
                break;
            case RangeCondition range:
                Range(range, path);
                break;
            case RateOfChangeCondition rate:
                Rate(rate, path);
                break;
            case InactivityCondition inactivity:
                Inactivity(inactivity, path);
                break;
            case AllCondition all:
                Group(all.Conditions, path, depth);
                break;
            case AnyCondition any:
                Group(any.Conditions, path, depth);
                break;
            default:
                errors.Add(path, "Unknown condition type.");
                break;
        }
    }

    private void Group(IReadOnlyList<RuleCondition>? children, string path, int depth)
    {
        if (children is null || children.Count == 0 || children.Count > RuleLimits.MaxChildren)
        {
            errors.Add($"{path}.conditions", $"Give 1 to {RuleLimits.MaxChildren} conditions.");
            return;
        }

        if (depth >= RuleLimits.MaxDepth)
        {
            errors.Add($"{path}.conditions", $"Conditions nest at most {RuleLimits.MaxDepth} levels deep.");
            return;
        }

        for (var i = 0; i < children.Count; i++)
        {
            Visit(children[i], $"{path}.conditions[{i}]", depth + 1);
        }
    }

    private void Threshold(ThresholdCondition threshold, string path)
    {
        var definition = Key(threshold.Key, path);
        var value = threshold.Value;
        if (value.Kind == TelemetryValueKind.Number && !double.IsFinite(value.Number))
        {
            errors.Add($"{path}.value", "The value must be a finite number.");
        }
        else if (value.Kind is TelemetryValueKind.Text or TelemetryValueKind.Json)
        {
            if (threshold.Operator is not (ComparisonOperator.Equal or ComparisonOperator.NotEqual))
            {
                errors.Add($"{path}.value", "A string value is compared with == or != only.");
            }
            else if (definition is { Min: not null } or { Max: not null })
            {
                errors.Add($"{path}.value", $"Key '{threshold.Key}' is numeric (the profile gives it a range); compare it with a number.");
            }
            else if (value.Text is null || value.Text.Length > RuleLimits.MaxTextValueLength)
            {
                errors.Add($"{path}.value", $"A string value is at most {RuleLimits.MaxTextValueLength} characters.");
            }
        }

        if (!Enum.IsDefined(threshold.Operator))
        {
            errors.Add($"{path}.operator", "The operator is one of >, >=, <, <=, ==, !=.");
        }

        ForSeconds(threshold.ForSeconds, path);
    }

    private void Range(RangeCondition range, string path)
    {
        Key(range.Key, path);
        if (!double.IsFinite(range.Min) || !double.IsFinite(range.Max))
        {
            errors.Add($"{path}.min", "min and max must be finite numbers.");
        }
        else if (range.Min > range.Max)
        {
            errors.Add($"{path}.max", "max must not be less than min.");
        }

        if (!Enum.IsDefined(range.Mode))
        {
            errors.Add($"{path}.mode", "The mode is inside or outside.");
        }

        ForSeconds(range.ForSeconds, path);
    }

    private void Rate(RateOfChangeCondition rate, string path)
    {
        Key(rate.Key, path);
        if ((rate.MaxChangePerMinute is null) == (rate.MaxChangePercent is null))
        {
            errors.Add(path, "Give exactly one of maxChangePerMinute and maxChangePercent.");
        }

        if (rate.MaxChangePerMinute is { } perMinute && !(double.IsFinite(perMinute) && perMinute > 0))
        {
            errors.Add($"{path}.maxChangePerMinute", "The limit must be a positive number.");
        }

        if (rate.MaxChangePercent is { } percent && !(double.IsFinite(percent) && percent > 0))
        {
            errors.Add($"{path}.maxChangePercent", "The limit must be a positive number.");
        }

        if (rate.WindowSeconds is < 1 or > RuleLimits.MaxWindowSeconds)
        {
            errors.Add($"{path}.windowSeconds", $"The window is 1 to {RuleLimits.MaxWindowSeconds} seconds.");
        }
    }

    private void Inactivity(InactivityCondition inactivity, string path)
    {
        if (inactivity.Key is not null)
        {
            Key(inactivity.Key, path);
        }

        if (inactivity.Seconds is < RuleLimits.MinInactivitySeconds or > RuleLimits.MaxInactivitySeconds)
        {
            errors.Add($"{path}.seconds", $"Inactivity is {RuleLimits.MinInactivitySeconds} to {RuleLimits.MaxInactivitySeconds} seconds.");
        }
    }

    private TelemetryKeyDefinition? Key(string? key, string path)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > RuleLimits.MaxKeyLength)
        {
            errors.Add($"{path}.key", $"A key of 1 to {RuleLimits.MaxKeyLength} characters is required.");
            return null;
        }

        if (profile is null)
        {
            return null;
        }

        var definition = profile.FindKey(key);
        if (definition is null)
        {
            var known = string.Join(", ", profile.Telemetry.Select(k => k.Key));
            errors.Add($"{path}.key", $"Profile '{profile.Id}' declares no key '{key}' (it declares {known}).");
        }

        return definition;
    }

    private void ForSeconds(int? forSeconds, string path)
    {
        if (forSeconds is < 1 or > RuleLimits.MaxForSeconds)
        {
            errors.Add($"{path}.forSeconds", $"forSeconds is 1 to {RuleLimits.MaxForSeconds} (7 days); leave it out to act on the first reading.");
        }
    }
}
