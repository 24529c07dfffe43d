namespace Polis.Transit.Tracking;

/// <summary>How a prediction fared against the actual arrival, judged by the ETA Accuracy Benchmark's bands.</summary>
public enum EtaOutcome
{
    Accurate = 0,

    /// <summary>The vehicle arrived earlier than predicted by more than the band allows (riders miss it).</summary>
    Early = 1,

    /// <summary>The vehicle arrived later than predicted by more than the band allows (riders wait).</summary>
    Late = 2,
}
