namespace Polis.Citizens.Polls;

/// <summary>A stored poll: its definition, its stage, who created it and whether its results are sealed.</summary>
public sealed record Poll(string Id, PollDefinition Definition, PollStage Stage, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset UpdatedAt, bool ResultsPublished)
{
    /// <summary>The status at <paramref name="now"/>: the stage refined by the voting window.</summary>
    public PollStatus StatusAt(DateTimeOffset now) => Stage switch
    {
        PollStage.Draft => PollStatus.Draft,
        _ when ResultsPublished => PollStatus.Published,
        _ when now < Definition.OpensAt => PollStatus.Scheduled,
        _ when now < Definition.ClosesAt => PollStatus.Open,
        _ => PollStatus.Closed,
    };
}
