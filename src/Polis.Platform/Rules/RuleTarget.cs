namespace Polis.Platform.Rules;

/// <summary>
/// What a rule applies to: every device of a profile, or one device. Exactly one of the two is set
/// (checked by <see cref="RuleValidator"/>).
/// </summary>
public sealed record RuleTarget(string? ProfileId = null, string? DeviceId = null);
