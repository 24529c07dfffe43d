using Microsoft.AspNetCore.Http;

namespace Polis.Citizens.Reports.Open311;

/// <summary>Reads an Open311 POST's form body, or says in the spec's terms why it cannot.</summary>
public static class Open311Forms
{
    public static async Task<(IFormCollection? Form, Open311Format Format, IResult? Refusal)> ReadAsync(string format, HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Open311Results.ParseFormat(format) is not { } answerFormat)
        {
            return (null, Open311Format.Json, Open311Results.BadRequest(Open311Format.Json, $"Unknown format '{format}': use .json or .xml."));
        }

        if (!request.HasFormContentType)
        {
            return (null, answerFormat, Open311Results.BadRequest(answerFormat, "The body must be application/x-www-form-urlencoded or multipart/form-data."));
        }

        try
        {
            return (await request.ReadFormAsync(cancellationToken), answerFormat, null);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            return (null, answerFormat, Open311Results.BadRequest(answerFormat, $"The form body could not be read: {e.Message}"));
        }
    }
}
