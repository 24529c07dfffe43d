namespace Polis.Metering.Detection;

/// <summary>
/// The numbers behind continuous flow: how many hours went by without an hour without consumption, the lowest and
/// mean flow over them (m³/h), the base flow and margin that define "without consumption".
/// </summary>
public sealed record ContinuousFlowEvidence(double Hours, double MinimumFlow, double MeanFlow, double BaseFlow, double NoFlowMargin);
