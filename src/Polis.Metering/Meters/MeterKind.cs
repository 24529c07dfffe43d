namespace Polis.Metering.Meters;

/// <summary>What a meter measures; decides its unit, its device profile and which tariffs can bill it.</summary>
public enum MeterKind
{
    Electricity,
    Water,
    Heat,
    Gas,
}
