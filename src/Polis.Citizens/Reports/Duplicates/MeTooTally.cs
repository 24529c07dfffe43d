using System.Collections.Immutable;

namespace Polis.Citizens.Reports.Duplicates;

/// <summary>
/// The residents who said "me too" on an original report (by filing a duplicate or by pressing the button). Each
/// resident counts once, and the original's reporter not at all; residents are keyed by account id or e-mail address,
/// compared case-insensitively after trimming.
/// </summary>
public sealed record MeTooTally
{
    public MeTooTally(string originalId, string originalReporter, IEnumerable<string>? supporters = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(originalId);
        ArgumentException.ThrowIfNullOrWhiteSpace(originalReporter);
        OriginalId = originalId;
        OriginalReporter = Key(originalReporter);
        Supporters = [.. (supporters ?? []).Select(Key).Where(s => s != OriginalReporter)];
    }

    public string OriginalId { get; }

    public string OriginalReporter { get; }

    public ImmutableSortedSet<string> Supporters { get; private init; }

    /// <summary>The "me too" count shown on the original.</summary>
    public int Count => Supporters.Count;

    /// <summary>The tally after <paramref name="reporter"/> says "me too", and whether it counted.</summary>
    public (MeTooTally Tally, MeTooOutcome Outcome) Add(string reporter)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reporter);
        var key = Key(reporter);
        return key == OriginalReporter ? (this, MeTooOutcome.OwnReport)
            : Supporters.Contains(key) ? (this, MeTooOutcome.AlreadyCounted)
            : (this with { Supporters = Supporters.Add(key) }, MeTooOutcome.Counted);
    }

    /// <summary>The form a resident is stored and compared in.</summary>
    public static string Key(string reporter)
    {
        ArgumentNullException.ThrowIfNull(reporter);
        return reporter.Trim().ToLowerInvariant();
    }
}
