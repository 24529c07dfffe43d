using Polis.Platform.Rules.Runtime;

namespace Polis.Platform.Devices;

/// <summary>
/// The twin's rule evaluation states, persisted apart from attributes so that rule progress (written every
/// few seconds while readings flow) never rewrites the attributes, and the reverse.
/// </summary>
public sealed class DeviceRulesState
{
    public Dictionary<string, SavedRuleState> Rules { get; set; } = new(StringComparer.Ordinal);
}
