namespace Polis.Transit.Feeds;

/// <summary>The outcome of deleting a feed version.</summary>
public enum TransitFeedDeletion
{
    Deleted,
    NotFound,

    /// <summary>The active feed is never deleted: activate another one first.</summary>
    Active,
}
