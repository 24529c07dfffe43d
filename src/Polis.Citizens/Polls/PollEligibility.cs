namespace Polis.Citizens.Polls;

/// <summary>
/// Who may vote: residents of <see cref="Districts"/> (empty: every district) whose age on the poll's opening day is
/// within [<see cref="MinimumAge"/>, <see cref="MaximumAge"/>] (either bound optional).
/// </summary>
public sealed record PollEligibility(IReadOnlyList<string>? Districts = null, int? MinimumAge = null, int? MaximumAge = null);
