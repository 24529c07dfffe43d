namespace Polis.Metering.Validation;

/// <summary>The stable ids of <see cref="VeeRules"/> (as stored in reasons and audit entries) and which rules leave a value Questionable.</summary>
public static class VeeRuleIds
{
    /// <summary>The checks that leave a measured value Questionable (the others only explain it).</summary>
    public const VeeRules Questionable = VeeRules.Spike | VeeRules.NegativeConsumption | VeeRules.RegisterDecrease
        | VeeRules.DuplicateConflict | VeeRules.ZeroStreak | VeeRules.HighUsage | VeeRules.LowUsage | VeeRules.OverlappingInstallations;

    private static readonly (VeeRules Rule, string Id)[] Ids =
    [
        (VeeRules.Gap, "gap"),
        (VeeRules.Spike, "spike"),
        (VeeRules.NegativeConsumption, "negative-consumption"),
        (VeeRules.RegisterRollover, "register-rollover"),
        (VeeRules.RegisterDecrease, "register-decrease"),
        (VeeRules.DuplicateConflict, "duplicate-conflict"),
        (VeeRules.ZeroStreak, "zero-streak"),
        (VeeRules.HighUsage, "high-usage"),
        (VeeRules.LowUsage, "low-usage"),
        (VeeRules.TimestampTolerance, "timestamp-tolerance"),
        (VeeRules.MeterExchange, "meter-exchange"),
        (VeeRules.OverlappingInstallations, "overlapping-installations"),
        (VeeRules.EstimatedLinear, "estimate-linear"),
        (VeeRules.EstimatedLikeDay, "estimate-like-day"),
        (VeeRules.AnalystEdit, "analyst-edit"),
        (VeeRules.AnalystAccept, "analyst-accept"),
    ];

    /// <summary>The ids of the rules in <paramref name="rules"/>, comma-separated in the order of the enum (empty for none).</summary>
    public static string Format(VeeRules rules)
    {
        if (rules == VeeRules.None)
        {
            return string.Empty;
        }

        var ids = new List<string>(2);
        foreach (var (rule, id) in Ids)
        {
            if ((rules & rule) != 0)
            {
                ids.Add(id);
            }
        }

        return string.Join(',', ids);
    }

    /// <summary>The rules named by a comma-separated list of ids (as <see cref="Format"/> writes it).</summary>
    public static VeeRules Parse(string ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var rules = VeeRules.None;
        foreach (var part in ids.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var index = Array.FindIndex(Ids, pair => pair.Id == part);
            rules |= index >= 0 ? Ids[index].Rule : throw new FormatException($"unknown VEE rule id '{part}'");
        }

        return rules;
    }
}
