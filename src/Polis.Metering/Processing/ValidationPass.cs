namespace Polis.Metering.Processing;

/// <summary>What one pass over the validation queue did: meters taken, values written, audit entries appended, meters that failed.</summary>
public sealed record ValidationPass(int Meters, int Values, int AuditEntries, int Failed)
{
    public static ValidationPass Empty { get; } = new(0, 0, 0, 0);
}
