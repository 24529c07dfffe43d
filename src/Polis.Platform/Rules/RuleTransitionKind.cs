namespace Polis.Platform.Rules;

/// <summary>What an evaluation means for the (device, rule) alarm.</summary>
public enum RuleTransitionKind
{
    /// <summary>Nothing to tell the alarm.</summary>
    None = 0,

    /// <summary>The rule's condition now holds and no alarm was open: open one.</summary>
    Raise = 1,

    /// <summary>The alarm is open and a new reading triggers it again: refresh its details (not a second alarm).</summary>
    Update = 2,

    /// <summary>The open alarm's clear criterion is met: clear it.</summary>
    Clear = 3,
}
