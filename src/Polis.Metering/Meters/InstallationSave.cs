namespace Polis.Metering.Meters;

/// <summary>
/// The result of saving an installation or an exchange: the <see cref="Saved"/> installation (for an exchange the new
/// meter's) and the <see cref="Ended"/> one (an exchange's old meter), or the <see cref="Clash"/> that refused it.
/// </summary>
public sealed record InstallationSave(InstallationOutcome Outcome, Installation? Saved = null, Installation? Ended = null, Installation? Clash = null);
