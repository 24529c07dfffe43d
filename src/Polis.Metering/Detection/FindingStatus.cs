namespace Polis.Metering.Detection;

/// <summary>A finding is open while its condition holds and resolved once a run no longer sees it.</summary>
public enum FindingStatus
{
    Open,
    Resolved,
}
