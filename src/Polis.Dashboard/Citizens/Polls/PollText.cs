using System.Globalization;
using MudBlazor;
using Polis.Citizens.Polls;

namespace Polis.Dashboard.Citizens.Polls;

/// <summary>How the poll pages word a poll's status and window (times in the city's zone).</summary>
public static class PollText
{
    public static string Status(PollStatus status) => status switch
    {
        PollStatus.Draft => "draft",
        PollStatus.Scheduled => "upcoming",
        PollStatus.Open => "open",
        PollStatus.Closed => "closed",
        _ => "results published",
    };

    public static Color StatusColor(PollStatus status) => status switch
    {
        PollStatus.Open => Color.Primary,
        PollStatus.Published or PollStatus.Closed => Color.Default,
        _ => Color.Info,
    };

    public static string Window(Poll poll, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(poll);
        return $"{Local(poll.Definition.OpensAt, zone)} – {Local(poll.Definition.ClosesAt, zone)}";
    }

    public static string Local(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>An option's label by id (ballots and results name options by id).</summary>
    public static string OptionLabel(PollDefinition definition, string questionId, string optionId)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return definition.Questions.FirstOrDefault(q => q.Id == questionId)?.Options.FirstOrDefault(o => o.Id == optionId)?.Label ?? optionId;
    }
}
