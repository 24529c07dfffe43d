namespace Polis.Transit.Planning;

/// <summary>A tally that remembers the earliest stop index it counted for, so report rows list stops in trip order.</summary>
internal interface IStopOrderedTally
{
    int FirstStopIndex { get; set; }

    /// <summary>The tally of <paramref name="key"/> (added when there is none yet), having seen <paramref name="stopIndex"/>.</summary>
    static TTally For<TKey, TTally>(Dictionary<TKey, TTally> tallies, TKey key, int stopIndex)
        where TKey : notnull
        where TTally : class, IStopOrderedTally, new()
    {
        if (!tallies.TryGetValue(key, out var tally))
        {
            tallies[key] = tally = new TTally();
        }

        tally.FirstStopIndex = Math.Min(tally.FirstStopIndex, stopIndex);
        return tally;
    }
}
