using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Polis.Metering.Processing;

/// <summary>
/// The city's public holidays as metering sees them (<c>Polis:Metering:Holidays</c>, a list of <c>yyyy-MM-dd</c>
/// dates): VEE's like-day profiles and high/low bands take a holiday as a Sunday, so a quiet Christmas Day is neither
/// "low usage" against working days nor the profile a gap on the next Tuesday is estimated from. Kept as text and
/// checked here: the configuration binder silently drops a list item it cannot convert to a date, and a holiday that
/// silently vanished would skew validation unnoticed. A value that is not a date, or a date listed twice, stops the start.
/// </summary>
public sealed class MeteringCalendarOptions : IValidatableObject
{
    public const string SectionName = "Polis:Metering";

    /// <summary>Local dates (<c>yyyy-MM-dd</c>) counted as Sundays by validation.</summary>
    public IList<string> Holidays { get; } = [];

    /// <summary>The holidays as VEE takes them (what does not parse is refused at start, so it is never here).</summary>
    public IReadOnlySet<DateOnly> HolidaySet => Holidays.Select(Parse).OfType<DateOnly>().ToHashSet();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var seen = new HashSet<DateOnly>();
        for (var i = 0; i < Holidays.Count; i++)
        {
            if (Parse(Holidays[i]) is not { } date)
            {
                yield return new ValidationResult($"{SectionName}:Holidays:{i} is '{Holidays[i]}', not a date written yyyy-MM-dd.", [nameof(Holidays)]);
            }
            else if (!seen.Add(date))
            {
                yield return new ValidationResult($"{Holidays[i]} is listed twice in {SectionName}:Holidays.", [nameof(Holidays)]);
            }
        }
    }

    private static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
