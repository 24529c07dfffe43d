using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Polis.Citizens.Reports.Open311;

namespace Polis.Citizens.Reports.Mine;

/// <summary>
/// Reads a resident's report body into the <see cref="Open311Submission"/> the intake checks: JSON
/// (<see cref="MyReportRequest"/>), or multipart/form data with Open311's field names and a <c>media</c> photo. The
/// contact is the resident's account, whatever the body says; there is no api_key.
/// </summary>
internal static class MyReportSubmissions
{
    public static async Task<(Open311Submission? Submission, IFormFile? Photo, string? Error)> ReadAsync(
        HttpRequest request, string? email, string? displayName, CancellationToken cancellationToken)
    {
        try
        {
            var (submission, photo) = request.HasFormContentType ? await FromFormAsync(request, cancellationToken) : (await FromJsonAsync(request, cancellationToken), null);
            return submission is null
                ? (null, null, "The body must be a JSON report or multipart/form-data with Open311's fields.")
                : (AsResident(submission, email, displayName), photo, null);
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or IOException or BadHttpRequestException)
        {
            return (null, null, $"The body could not be read: {e.Message}");
        }
    }

    /// <summary>The submission with the resident's account as its only contact, and no client key or device.</summary>
    public static Open311Submission AsResident(Open311Submission submission, string? email, string? displayName) =>
        submission with { ApiKey = null, JurisdictionId = null, Email = email, FirstName = displayName, LastName = null, Phone = null, DeviceId = null, AccountId = null };

    private static async Task<(Open311Submission?, IFormFile?)> FromFormAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var form = await request.ReadFormAsync(cancellationToken);
        return (Open311FormReader.Read(form), form.Files.GetFile("media"));
    }

    private static async Task<Open311Submission?> FromJsonAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType() || await request.ReadFromJsonAsync<MyReportRequest>(cancellationToken) is not { } body)
        {
            return null;
        }

        static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        static string? Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);
        return new Open311Submission(
            null, null, Text(body.ServiceCode), Number(body.Latitude), Number(body.Longitude), Text(body.AddressString), Text(body.AddressId),
            null, null, null, null, body.Description, Text(body.MediaUrl), null, null,
            body.Attributes ?? new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal));
    }
}
