using Microsoft.AspNetCore.Http;

namespace Polis.Citizens.Reports.Open311;

/// <summary>
/// The checks every Open311 call starts with: the format extension, then <c>jurisdiction_id</c> (optional, since this
/// endpoint serves one jurisdiction, but a wrong one is the spec's 404).
/// </summary>
public static class Open311Gate
{
    /// <summary>The format to answer in and, when the call cannot go on, the error answer.</summary>
    public static (Open311Format Format, IResult? Refusal) Check(string? extension, string? jurisdictionId, Open311Options options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (Open311Results.ParseFormat(extension) is not { } format)
        {
            return (Open311Format.Json, Open311Results.BadRequest(Open311Format.Json, $"Unknown format '{extension}': use .json or .xml."));
        }

        return !string.IsNullOrEmpty(jurisdictionId) && !string.Equals(jurisdictionId, options.JurisdictionId, StringComparison.OrdinalIgnoreCase)
            ? (format, Open311Results.NotFound(format, $"jurisdiction_id '{jurisdictionId}' not found."))
            : (format, null);
    }
}
