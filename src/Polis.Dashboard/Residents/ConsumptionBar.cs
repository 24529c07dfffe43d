namespace Polis.Dashboard.Residents;

/// <summary>One bar of a resident's consumption chart in the chart's own units (the SVG view box), and whether it holds estimates.</summary>
public sealed record ConsumptionBar(double X, double Y, double Width, double Height, bool Estimated, string Title);
