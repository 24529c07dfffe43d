namespace Polis.Simulator.Model;

/// <summary>Buildings the city's devices belong to.</summary>
public enum SiteKind
{
    Household,
    School,
    Clinic,
    NursingHome,
}
