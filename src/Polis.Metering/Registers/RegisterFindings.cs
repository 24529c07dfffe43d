namespace Polis.Metering.Registers;

/// <summary>What register conversion noticed about an interval. <see cref="Questionable"/> ones make the value Questionable.</summary>
[Flags]
public enum RegisterFindings : byte
{
    None = 0,

    /// <summary>A read bounding the interval was off the grid by more than the snap tolerance: its consumption was apportioned linearly.</summary>
    Apportioned = 1,

    /// <summary>The register wrapped past its capacity inside the read pair: the wrap was added back.</summary>
    Rollover = 2,

    /// <summary>The register went down (not a rollover), or the interval touches the read that did: never silently negative.</summary>
    Decrease = 4,

    /// <summary>Two reads at the same instant disagreed; the last one received was used.</summary>
    DuplicateConflict = 8,

    /// <summary>The interval spans a meter's installation or removal (its initial or final read).</summary>
    MeterExchange = 16,

    /// <summary>Two installations claim the same time: both meters' consumption was added.</summary>
    OverlappingInstallations = 32,

    /// <summary>The flags that leave the value Questionable.</summary>
    Questionable = Decrease | DuplicateConflict | OverlappingInstallations,
}
