namespace Polis.Metering.Detection;

/// <summary>
/// The lowest flow (m³/h) of one local night's window. <see cref="Complete"/> only when Valid, Estimated or Edited
/// values cover the whole window: a partly missing night could hide its true minimum and is never judged.
/// </summary>
public readonly record struct NightMinimum(DateOnly Date, double Minimum, bool Complete);
