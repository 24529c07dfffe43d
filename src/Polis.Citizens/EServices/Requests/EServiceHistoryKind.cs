namespace Polis.Citizens.EServices.Requests;

/// <summary>What a history entry records.</summary>
public enum EServiceHistoryKind
{
    Submitted,
    Status,
    Comment,
    Information,
    Withdrawn,
}
