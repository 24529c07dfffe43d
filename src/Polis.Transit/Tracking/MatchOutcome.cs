namespace Polis.Transit.Tracking;

/// <summary>
/// Matching's answer for one report: the memory to keep (whose <see cref="MatchMemory.Current"/> is the run the
/// vehicle is on, possibly held through a short off-route spell) and the fit of this report (null when it fitted nothing).
/// </summary>
public sealed record MatchOutcome(MatchMemory Memory, RunMatch? Fit);
