namespace Polis.Metering.Meters;

/// <summary>
/// What a service point supplies: one household (a flat, a house), a whole building, or a supply point of the network
/// (a substation's feeder, a district's bulk water inlet) whose meters measure what other service points draw.
/// </summary>
public enum ServicePointKind
{
    Household,
    Building,
    Supply,
}
