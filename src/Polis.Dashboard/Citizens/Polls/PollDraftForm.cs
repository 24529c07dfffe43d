using System.Text;
using Polis.Citizens.Polls;

namespace Polis.Dashboard.Citizens.Polls;

/// <summary>
/// What the operator types to create a poll: local times in the city's zone, districts as a comma list, each question's
/// options one per line. <see cref="ToDefinition"/> turns it into the API's <see cref="PollDefinition"/> (ids made from
/// the texts), which the API's validator then checks exactly as for a POST.
/// </summary>
public sealed class PollDraftForm
{
    public string Title { get; set; } = "";

    public string? Description { get; set; }

    /// <summary>Opening time as a wall-clock time in the city's zone (what a datetime-local input gives).</summary>
    public DateTime? OpensAt { get; set; }

    public DateTime? ClosesAt { get; set; }

    public string? Districts { get; set; }

    public int? MinimumAge { get; set; }

    public int? MaximumAge { get; set; }

    public List<QuestionDraft> Questions { get; } = [new()];

    /// <summary>The definition, or the sentence saying which field cannot be read.</summary>
    public (PollDefinition? Definition, string? Problem) ToDefinition(TimeZoneInfo zone)
    {
        if (Instant(OpensAt, zone) is not { } opens)
        {
            return (null, "Give the opening time (date and time).");
        }

        if (Instant(ClosesAt, zone) is not { } closes)
        {
            return (null, "Give the closing time (date and time).");
        }

        var districts = (Districts ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var questions = Questions.Select((q, i) => q.ToQuestion(i)).ToList();
        var eligibility = new PollEligibility(districts.Length == 0 ? null : districts, MinimumAge, MaximumAge);
        return (new PollDefinition(Title.Trim(), string.IsNullOrWhiteSpace(Description) ? null : Description.Trim(), questions, eligibility, opens, closes), null);
    }

    /// <summary>
    /// A slug id from a text: lower-case letters and digits, accented Latin letters by their base letter (é → e, ø → o,
    /// æ → ae), anything else as one dash; at most 40 characters. Spelled out rather than by Unicode decomposition,
    /// which the server's invariant globalization mode does not do.
    /// </summary>
    public static string Slug(string text, string fallback)
    {
        var slug = new StringBuilder();
        foreach (var c in (text ?? "").ToLowerInvariant())
        {
            var plain = c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c.ToString() : LatinBase(c);
            if (plain is not null)
            {
                slug.Append(plain);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var id = slug.ToString().Trim('-');
        return id.Length == 0 ? fallback : id[..Math.Min(id.Length, 40)].TrimEnd('-');
    }

    private static readonly (string Letters, string Base)[] LatinLetters =
    [
        ("àáâãäåāăą", "a"), ("æ", "ae"), ("çćč", "c"), ("ďđ", "d"), ("èéêëēėęě", "e"), ("ğ", "g"), ("ìíîïīį", "i"), ("łľ", "l"),
        ("ñńň", "n"), ("òóôõöøō", "o"), ("œ", "oe"), ("ř", "r"), ("śšş", "s"), ("ß", "ss"), ("ťţ", "t"), ("ùúûüūůű", "u"),
        ("ýÿ", "y"), ("źżž", "z"), ("þ", "th"), ("ð", "d"),
    ];

    private static string? LatinBase(char c) => LatinLetters.FirstOrDefault(l => l.Letters.Contains(c, StringComparison.Ordinal)).Base;

    // The wall clock's offset in the city's zone on that day (summer or winter time), whatever the server's own zone.
    private static DateTimeOffset? Instant(DateTime? local, TimeZoneInfo zone) =>
        local is { } wall ? new DateTimeOffset(DateTime.SpecifyKind(wall, DateTimeKind.Unspecified), zone.GetUtcOffset(DateTime.SpecifyKind(wall, DateTimeKind.Unspecified))) : null;
}
