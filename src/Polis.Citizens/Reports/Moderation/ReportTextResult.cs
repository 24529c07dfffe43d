namespace Polis.Citizens.Reports.Moderation;

/// <summary>A report's text as plain text, or why it was refused.</summary>
public sealed record ReportTextResult(string? Text, ReportTextRefusal? Refusal)
{
    public bool Succeeded => Text is not null;

    /// <summary>The problem detail for a refusal of the field named <paramref name="field"/>.</summary>
    public string Detail(string field, int maxLength) => Refusal switch
    {
        ReportTextRefusal.Empty => $"The {field} is empty once markup and spaces are removed.",
        ReportTextRefusal.TooLong => $"The {field} may hold at most {maxLength} characters of plain text.",
        _ => "",
    };
}
