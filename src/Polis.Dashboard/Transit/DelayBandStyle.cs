namespace Polis.Dashboard.Transit;

/// <summary>How a <see cref="DelayBand"/> is drawn and named in the legend; <see cref="Hollow"/>: an outline only.</summary>
public sealed record DelayBandStyle(string Name, string Colour, bool Hollow = false);
