using Polis.Metering.Meters;

namespace Polis.Metering.Tariffs;

/// <summary>The checks of one version's charges and taxes (part of <see cref="TariffValidator"/>).</summary>
internal static class ChargeValidator
{
    public static void Check(TariffVersion version, MeterKind kind, string path, List<TariffError> errors)
    {
        if (version.Charges is not { Count: > 0 } charges)
        {
            errors.Add(new($"{path}.charges", "A version needs at least one charge."));
            return;
        }

        var descriptions = new HashSet<string>(StringComparer.Ordinal);
        var timeOfUse = 0;
        for (var i = 0; i < charges.Count; i++)
        {
            var at = $"{path}.charges[{i}]";
            if (charges[i] is not { } charge)
            {
                errors.Add(new(at, "A charge cannot be null."));
                continue;
            }

            if (string.IsNullOrWhiteSpace(charge.Description))
            {
                errors.Add(new($"{at}.description", "A charge needs a description (it is the text of its bill lines)."));
            }
            else if (!descriptions.Add(charge.Description))
            {
                // Bill lines are matched by description when a bill is corrected, so they must be told apart.
                errors.Add(new($"{at}.description", $"Two charges of one version are both called \"{charge.Description}\"."));
            }

            timeOfUse += charge is TimeOfUseCharge ? 1 : 0;
            CheckCharge(charge, kind, at, errors);
        }

        if (timeOfUse > 1)
        {
            errors.Add(new($"{path}.charges", "A version has at most one time-of-use charge."));
        }

        CheckTaxes(version.Taxes, $"{path}.taxes", errors);
    }

    private static void CheckCharge(TariffCharge charge, MeterKind kind, string at, List<TariffError> errors)
    {
        switch (charge)
        {
            case FlatCharge flat:
                NotNegative(flat.UnitPrice, $"{at}.unitPrice", errors);
                break;
            case TieredCharge tiered:
                CheckBlocks(tiered.Blocks, $"{at}.blocks", errors);
                break;
            case TimeOfUseCharge tou:
                TimeOfUseValidator.Check(tou, at, errors);
                break;
            case SewageCharge sewage:
                if (kind != MeterKind.Water)
                {
                    errors.Add(new($"{at}.type", $"Sewage is billed on water tariffs only, not on {kind}."));
                }

                NotNegative(sewage.UnitPrice, $"{at}.unitPrice", errors);
                if (sewage.VolumePercent is <= 0m or > 100m)
                {
                    errors.Add(new($"{at}.volumePercent", $"The share of water volume taken as sewage is more than 0 and at most 100 percent, not {sewage.VolumePercent}."));
                }

                break;
            case StandingCharge standing:
                NotNegative(standing.PerDay, $"{at}.perDay", errors);
                break;
            case LevyCharge levy:
                NotNegative(levy.PerUnit, $"{at}.perUnit", errors);
                break;
            default:
                errors.Add(new($"{at}.type", $"Unknown charge type {charge.GetType().Name}."));
                break;
        }
    }

    private static void CheckBlocks(IReadOnlyList<TierBlock>? blocks, string at, List<TariffError> errors)
    {
        if (blocks is not { Count: > 0 })
        {
            errors.Add(new(at, "A tiered charge needs at least one block."));
            return;
        }

        for (var i = 0; i < blocks.Count; i++)
        {
            var last = i == blocks.Count - 1;
            if (blocks[i] is not { } block)
            {
                errors.Add(new($"{at}[{i}]", "A block cannot be null."));
                continue;
            }

            NotNegative(block.UnitPrice, $"{at}[{i}].unitPrice", errors);
            if (last && block.Size is not null)
            {
                errors.Add(new($"{at}[{i}].size", "The last block takes all the rest of the consumption: leave its size out."));
            }
            else if (!last && block.Size is not > 0m)
            {
                errors.Add(new($"{at}[{i}].size", "Every block but the last needs a size above zero (units per month)."));
            }
        }
    }

    private static void CheckTaxes(IReadOnlyList<PercentTax>? taxes, string at, List<TariffError> errors)
    {
        for (var i = 0; taxes is not null && i < taxes.Count; i++)
        {
            if (taxes[i] is not { } tax)
            {
                errors.Add(new($"{at}[{i}]", "A tax cannot be null."));
                continue;
            }

            if (string.IsNullOrWhiteSpace(tax.Description))
            {
                errors.Add(new($"{at}[{i}].description", "A tax needs a description (it is the text of its bill line)."));
            }

            if (tax.Percent is < 0m or > 100m)
            {
                errors.Add(new($"{at}[{i}].percent", $"A tax is from 0 to 100 percent, not {tax.Percent}."));
            }
        }
    }

    private static void NotNegative(decimal value, string at, List<TariffError> errors)
    {
        if (value < 0m)
        {
            errors.Add(new(at, $"A price cannot be negative ({value})."));
        }
    }
}
