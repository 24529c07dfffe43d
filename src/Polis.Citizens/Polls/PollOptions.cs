using System.ComponentModel.DataAnnotations;

namespace Polis.Citizens.Polls;

/// <summary>Settings of city polls, under <c>Polis:Citizens:Polls</c>.</summary>
public sealed class PollOptions
{
    public const string SectionName = "Polis:Citizens:Polls";

    /// <summary>k: a district's breakdown is published only when it has at least this many ballots (and its ballots show their district in the log).</summary>
    [Range(1, 1_000_000)]
    public int SuppressionThreshold { get; set; } = 10;

    /// <summary>Self-registrations accepted per client address per minute (a brake on scripted sign-ups).</summary>
    [Range(1, 1_000_000)]
    public int RegistrationsPerMinute { get; set; } = 10;
}
