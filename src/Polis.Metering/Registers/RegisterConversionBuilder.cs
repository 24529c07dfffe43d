namespace Polis.Metering.Registers;

/// <summary>Turns the accumulated grid into measured quantities (NaN where unmeasured) and the gaps between them.</summary>
internal static class RegisterConversionBuilder
{
    public static RegisterConversion Build(GridAccumulator accumulator, RegisterReadOutcome[][] outcomes)
    {
        var grid = accumulator.Grid;
        var quantities = new double[grid.Count];
        var gaps = new List<RegisterGap>();
        for (var i = 0; i < grid.Count; i++)
        {
            if (accumulator.ShortCovered[i] + accumulator.LongCovered[i] > accumulator.Step)
            {
                accumulator.Flags[i] |= RegisterFindings.OverlappingInstallations;
                accumulator.Explain(i, i, "more than one installation covers this interval: their consumption was added");
            }

            quantities[i] = accumulator.IsMeasured(i) ? accumulator.Sum[i] : double.NaN;
        }

        for (var i = 0; i < grid.Count;)
        {
            if (!double.IsNaN(quantities[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var proven = true;
            var total = 0.0;
            for (; i < grid.Count && double.IsNaN(quantities[i]); i++)
            {
                proven &= accumulator.IsProven(i);
                total += accumulator.Sum[i];
            }

            gaps.Add(new RegisterGap(grid.StartOf(start), grid.StartOf(i), proven ? total : null));
        }

        return new RegisterConversion(grid, quantities, accumulator.Flags, accumulator.Reasons, [.. gaps], outcomes);
    }
}
