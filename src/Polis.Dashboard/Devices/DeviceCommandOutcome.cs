using Polis.Platform.Commands;

namespace Polis.Dashboard.Devices;

/// <summary>
/// What the page shows after sending: whether it worked, a sentence saying what happened, the device's answer
/// (two-way), the stored command (persistent) and field errors (bad input, a method the profile does not take).
/// </summary>
public sealed record DeviceCommandOutcome(
    bool Succeeded,
    string Summary,
    string? ResponseJson = null,
    CommandResponse? Queued = null,
    IReadOnlyList<string>? Errors = null)
{
    public static DeviceCommandOutcome Invalid(IEnumerable<string> errors) =>
        new(false, "Not sent: check the form.", Errors: [.. errors]);
}
