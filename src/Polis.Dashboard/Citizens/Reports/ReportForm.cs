using System.Globalization;
using Polis.Citizens.Reports.Catalogue;
using Polis.Citizens.Reports.Open311;

namespace Polis.Dashboard.Citizens.Reports;

/// <summary>
/// A report as typed on the page: the service, its attributes' answers by code, the description and the pin. It becomes
/// the same <see cref="Open311Submission"/> an Open311 client posts, so the intake checks it as it checks theirs.
/// </summary>
public sealed class ReportForm
{
    public string? ServiceCode { get; set; }

    public string? Description { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    /// <summary>One answer per attribute code; a multi-value list keeps its choices as a set.</summary>
    public Dictionary<string, string?> Answers { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, HashSet<string>> Choices { get; } = new(StringComparer.Ordinal);

    /// <summary>The attributes a resident fills in, in the service's order (informational ones take no value).</summary>
    public static IEnumerable<AttributeDefinition> Inputs(ReportService service)
    {
        ArgumentNullException.ThrowIfNull(service);
        return service.Attributes.Where(a => a.Variable).OrderBy(a => a.Order ?? int.MaxValue);
    }

    public Open311Submission ToSubmission()
    {
        var attributes = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (code, value) in Answers.Where(a => !string.IsNullOrWhiteSpace(a.Value)))
        {
            attributes[code] = [value!.Trim()];
        }

        foreach (var (code, chosen) in Choices.Where(c => c.Value.Count > 0))
        {
            attributes[code] = [.. chosen];
        }

        return new Open311Submission(
            null, null, ServiceCode, Coordinate(Latitude), Coordinate(Longitude), null, null, null, null, null, null,
            Description, null, null, null, attributes);
    }

    private static string? Coordinate(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);
}
