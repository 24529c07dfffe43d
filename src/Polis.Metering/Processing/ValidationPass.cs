namespace Polis.Metering.Processing;

/// <summary>What one pass over the validation queue did: meters taken, values written, audit entries appended, meters that failed.</summary>
public sealed record ValidationPass(int Meters, int Values, int AuditEntries, int Failed)
{
    /// <summary>Meters whose window was cut at <see cref="ValidationOptions.MaxWindowDays"/>: they wait for the next pass at once.</summary>
    public int Continuing { get; init; }

    public static ValidationPass Empty { get; } = new(0, 0, 0, 0);
}
