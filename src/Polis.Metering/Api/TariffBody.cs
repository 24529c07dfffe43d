using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Polis.Metering.Tariffs;

namespace Polis.Metering.Api;

/// <summary>Reads a request body as a <see cref="TariffJson"/> document; malformed JSON is a 400 that says where.</summary>
internal static class TariffBody
{
    /// <summary>At most 1 MB: a tariff with years of versions is a few kilobytes.</summary>
    private const int MaxBytes = 1 << 20;

    public static async Task<(Tariff? Tariff, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBytes)
        {
            return (null, MeteringProblems.Malformed($"A tariff document is at most {MaxBytes:N0} bytes."));
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(cancellationToken);
        try
        {
            return (TariffJson.Parse(text), null);
        }
        catch (JsonException ex)
        {
            return (null, MeteringProblems.Malformed($"The body is not a tariff document: {ex.Message}"));
        }
    }

    /// <summary>The tariff as its JSON document, the shape POST and PUT accept.</summary>
    public static JsonHttpResult<Tariff> Document(Tariff tariff, int statusCode = StatusCodes.Status200OK) =>
        TypedResults.Json(tariff, TariffJson.Options, statusCode: statusCode);
}
