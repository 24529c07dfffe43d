namespace Polis.Dashboard.Devices;

/// <summary>How the device page sends a command (see docs/commands.md).</summary>
public enum CommandMode
{
    /// <summary>Waits for the device's answer.</summary>
    TwoWay,

    /// <summary>Handed to the device's session; no answer expected.</summary>
    OneWay,

    /// <summary>Stored and delivered whenever the device can take it.</summary>
    Persistent,
}
