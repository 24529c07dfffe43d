namespace Polis.Transit.Planning;

/// <summary>What a headway incident is: vehicles too close together, or too far apart.</summary>
public enum HeadwayIncidentKind
{
    Bunching = 0,
    Gap = 1,
}
