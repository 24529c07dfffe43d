namespace Polis.Citizens.EServices.Requests;

/// <summary>The store's answer to an <see cref="EServiceChange"/>: the entry written, a refusal (with the status it was judged from), or not found.</summary>
public sealed record EServiceChangeOutcome(EServiceHistoryEntry? Entry, EServiceWorkflowRefusal? Refusal, EServiceRequestStatus? From)
{
    public static EServiceChangeOutcome NotFound { get; } = new(null, null, null);

    public bool Found => Entry is not null || Refusal is not null;
}
