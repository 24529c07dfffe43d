using Polis.Metering.Meters;

namespace Polis.Metering.Tariffs;

/// <summary>
/// Refuses tariffs that cannot be billed: versions with gaps or overlaps, charges without prices, tier blocks that
/// end, time-of-use windows that leave part of a day or week unpriced. Each error names the JSON member it is about.
/// </summary>
public static class TariffValidator
{
    /// <summary>Every problem found (empty when the tariff can be billed).</summary>
    public static IReadOnlyList<TariffError> Validate(Tariff tariff)
    {
        ArgumentNullException.ThrowIfNull(tariff);
        var errors = new List<TariffError>();
        if (string.IsNullOrWhiteSpace(tariff.Id))
        {
            errors.Add(new("id", "A tariff needs an id."));
        }

        if (string.IsNullOrWhiteSpace(tariff.Name))
        {
            errors.Add(new("name", "A tariff needs a name (it is printed on bills)."));
        }

        if (tariff.Currency is not { Length: 3 } currency || !currency.All(char.IsAsciiLetterUpper))
        {
            errors.Add(new("currency", $"The currency is a three-letter ISO 4217 code such as DKK or EUR, not \"{tariff.Currency}\"."));
        }

        if (!Enum.IsDefined(tariff.MeterKind))
        {
            errors.Add(new("meterKind", $"Unknown meter kind {tariff.MeterKind}."));
        }

        if (tariff.Versions is not { Count: > 0 } versions)
        {
            errors.Add(new("versions", "A tariff needs at least one version."));
            return errors;
        }

        CheckSequence(versions, errors);
        for (var i = 0; i < versions.Count; i++)
        {
            if (versions[i] is { } version)
            {
                ChargeValidator.Check(version, tariff.MeterKind, $"versions[{i}]", errors);
            }
        }

        return errors;
    }

    /// <summary>The versions, in date order, must follow each other: each one's <c>to</c> is the next one's <c>from</c>.</summary>
    private static void CheckSequence(IReadOnlyList<TariffVersion> versions, List<TariffError> errors)
    {
        var order = new List<int>(versions.Count);
        for (var i = 0; i < versions.Count; i++)
        {
            if (versions[i] is not { } version)
            {
                errors.Add(new($"versions[{i}]", "A version cannot be null."));
                continue;
            }

            if (version.To is { } to && to <= version.From)
            {
                errors.Add(new($"versions[{i}].to", $"A version ends after it starts: to {to:yyyy-MM-dd} is not after from {version.From:yyyy-MM-dd}."));
                continue;
            }

            order.Add(i);
        }

        order.Sort((a, b) => versions[a].From.CompareTo(versions[b].From));
        for (var k = 1; k < order.Count; k++)
        {
            var (a, b) = (order[k - 1], order[k]);
            var (earlier, later) = (versions[a], versions[b]);
            if (earlier.To is not { } end)
            {
                errors.Add(new($"versions[{a}].to", $"Overlap: versions[{a}] has no end, but versions[{b}] starts {later.From:yyyy-MM-dd}; end it there."));
            }
            else if (end < later.From)
            {
                errors.Add(new($"versions[{b}].from", $"Gap: no version is in force from {end:yyyy-MM-dd} to {later.From:yyyy-MM-dd} (versions[{a}] ends {end:yyyy-MM-dd}, versions[{b}] starts {later.From:yyyy-MM-dd})."));
            }
            else if (end > later.From)
            {
                errors.Add(new($"versions[{b}].from", $"Overlap: versions[{a}] and versions[{b}] are both in force from {later.From:yyyy-MM-dd} to {Min(end, later.To):yyyy-MM-dd}."));
            }
        }
    }

    private static DateOnly Min(DateOnly a, DateOnly? b) => b is { } other && other < a ? other : a;
}
