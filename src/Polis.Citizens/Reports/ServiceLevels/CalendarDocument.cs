namespace Polis.Citizens.Reports.ServiceLevels;

/// <summary>
/// A working calendar as text: weekday names (<c>monday</c>…), opening and closing times (<c>HH:mm</c>, city clock) and
/// holidays (<c>yyyy-MM-dd</c>). Text rather than typed values so every malformed entry gets its own message.
/// </summary>
public sealed record CalendarDocument(IReadOnlyList<string>? WorkingDays, string? Opens, string? Closes, IReadOnlyList<string>? Holidays);
