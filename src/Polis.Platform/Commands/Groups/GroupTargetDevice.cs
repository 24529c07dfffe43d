namespace Polis.Platform.Commands.Groups;

/// <summary>A device a group command would reach, and whether it is connected now (one-way and two-way need it to be).</summary>
public sealed record GroupTargetDevice(string Id, string Name, string ProfileId, string? District, bool Connected);
