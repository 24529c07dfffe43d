namespace Polis.Metering.Registers;

/// <summary>The register reads of one installed meter, in any order (they are sorted, and disorder reported).</summary>
public readonly record struct MeterReads(RegisterInstallation Installation, ReadOnlyMemory<RegisterRead> Reads);
