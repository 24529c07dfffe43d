namespace Polis.Transit.Feeds;

/// <summary>
/// A feed version's life: written under <see cref="Importing"/> (invisible to readers), then <see cref="Active"/>
/// (at most one), then <see cref="Retired"/> when another is activated, kept so that history recorded against
/// it stays readable. <see cref="Deleting"/> marks one being removed in chunks.
/// </summary>
public enum TransitFeedStatus
{
    Importing,
    Active,
    Retired,
    Deleting,
}
