namespace Polis.Platform.Commands.Groups;

/// <summary>What a group command would reach: the count to pass back as expectedCount, and the devices.</summary>
public sealed record GroupDryRunResponse(bool DryRun, int Count, IReadOnlyList<GroupTargetDevice> Devices);
