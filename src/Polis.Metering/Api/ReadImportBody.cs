using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using Polis.Metering.Ingest;

namespace Polis.Metering.Api;

/// <summary>Reads an import request's body, CSV (text/csv) or JSON (application/json), into rows, or the problem that refuses it whole.</summary>
internal static class ReadImportBody
{
    public static async Task<(IReadOnlyList<ReadImportRow>? Rows, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, bool withMeter, int maxRows, CancellationToken cancellationToken)
    {
        var json = request.HasJsonContentType();
        var csv = MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType) && mediaType.MediaType.Equals(MeteringCsv.MediaType, StringComparison.OrdinalIgnoreCase);
        if (!json && !csv)
        {
            return (null, MeteringProblems.UnsupportedMediaType(
                $"Send register reads as text/csv ({(withMeter ? "meterId," : string.Empty)}instant,value lines) or application/json (an array of objects); got '{request.ContentType}'."));
        }

        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken);
        var bytes = body.GetBuffer().AsMemory(0, (int)body.Length);
        var parse = json
            ? ReadImportParser.ParseJson(bytes, withMeter, maxRows)
            : ReadImportParser.ParseCsv(Encoding.UTF8.GetString(bytes.Span), withMeter, maxRows);
        return parse.Rows is { } rows ? (rows, null) : (null, MeteringProblems.Malformed(parse.Error!));
    }
}
