namespace Polis.Metering.Meters;

/// <summary>Who the customer is: tariffs and detection treat households and businesses differently.</summary>
public enum AccountKind
{
    Household,
    Business,
}
