namespace Polis.Metering.Meters;

/// <summary>What a service point supplies: one household (a flat, a house) or a whole building.</summary>
public enum ServicePointKind
{
    Household,
    Building,
}
