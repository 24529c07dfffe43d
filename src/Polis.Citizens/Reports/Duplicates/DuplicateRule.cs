namespace Polis.Citizens.Reports.Duplicates;

/// <summary>When a new report may repeat an open one of the same service: within this many metres and days of it.</summary>
public sealed record DuplicateRule
{
    public DuplicateRule(double radiusMetres, int windowDays)
    {
        if (!double.IsFinite(radiusMetres) || radiusMetres < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(radiusMetres), radiusMetres, "The radius must be a finite, non-negative number of metres.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(windowDays);
        RadiusMetres = radiusMetres;
        WindowDays = windowDays;
    }

    public double RadiusMetres { get; }

    public int WindowDays { get; }
}
