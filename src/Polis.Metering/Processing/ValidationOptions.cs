using System.ComponentModel.DataAnnotations;

namespace Polis.Metering.Processing;

/// <summary>Settings of validation in production (section <c>Polis:Metering:Validation</c>).</summary>
public sealed class ValidationOptions
{
    public const string SectionName = "Polis:Metering:Validation";

    /// <summary>How often the queue of meters with new reads is looked at.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan PassInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Meters validated per pass; their values and audit entries are saved in one transaction.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 50;

    /// <summary>
    /// The longest window one meter is validated over in one pass (a back-fill of years goes month by month, each
    /// month with the validated history of the months before it).
    /// </summary>
    [Range(1, 400)]
    public int MaxWindowDays { get; set; } = 31;

    /// <summary>The longest range one analyst edit may cover.</summary>
    [Range(1, 400)]
    public int MaxEditDays { get; set; } = 31;
}
