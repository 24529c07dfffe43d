using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Polis.Transit.Feeds;

/// <summary>
/// Takes an uploaded zip (the body as application/zip, or the first file of a multipart form) into a temporary
/// file that deletes itself on close: ZipArchive needs a seekable stream, and a 100 MB feed should not sit in memory.
/// </summary>
internal static class TransitFeedUpload
{
    public const string ZipMediaType = "application/zip";

    public static async Task<(FileStream? File, string FileName, ProblemHttpResult? Problem)> ReceiveAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        // Kestrel's default 30 MB cap is below the configured limit; multipart framing adds a little on top.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes + (64 * 1024);
        }

        var contentType = MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) ? parsed : null;
        if (contentType?.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase) == true)
        {
            var boundary = HeaderUtilities.RemoveQuotes(contentType.Boundary).Value;
            if (string.IsNullOrEmpty(boundary))
            {
                return (null, "", BadRequest("The multipart body has no boundary."));
            }

            var reader = new MultipartReader(boundary, request.Body);
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (section.GetContentDispositionHeader() is { } disposition && disposition.IsFileDisposition())
                {
                    var name = disposition.FileName.HasValue ? HeaderUtilities.RemoveQuotes(disposition.FileName).Value : "feed.zip";
                    return await CopyAsync(section.Body, name ?? "feed.zip", maxBytes, cancellationToken);
                }
            }

            return (null, "", BadRequest("The form holds no file: send the zip as a file field."));
        }

        if (contentType is not null && !contentType.MediaType.Equals(ZipMediaType, StringComparison.OrdinalIgnoreCase)
            && !contentType.MediaType.Equals("application/octet-stream", StringComparison.OrdinalIgnoreCase))
        {
            return (null, "", TypedResults.Problem($"Send the feed as {ZipMediaType} or multipart/form-data, not {contentType.MediaType}.",
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type"));
        }

        var fileName = request.Headers.ContentDisposition.Count > 0 && ContentDispositionHeaderValue.TryParse(request.Headers.ContentDisposition[0], out var header)
            && header.FileName.HasValue ? HeaderUtilities.RemoveQuotes(header.FileName).Value ?? "feed.zip" : "feed.zip";
        return await CopyAsync(request.Body, fileName, maxBytes, cancellationToken);
    }

    private static async Task<(FileStream? File, string FileName, ProblemHttpResult? Problem)> CopyAsync(Stream body, string fileName, long maxBytes, CancellationToken cancellationToken)
    {
        var file = new FileStream(Path.Combine(Path.GetTempPath(), $"polis-gtfs-{Guid.NewGuid():N}.zip"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None,
            81_920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        var buffer = new byte[81_920];
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (file.Length + read > maxBytes)
            {
                await file.DisposeAsync();
                return (null, fileName, TypedResults.Problem($"The feed must be at most {maxBytes:N0} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Feed too large"));
            }

            await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        if (file.Length == 0)
        {
            await file.DisposeAsync();
            return (null, fileName, BadRequest("The body is empty: send the GTFS zip."));
        }

        file.Position = 0;
        return (file, Path.GetFileName(fileName), null);
    }

    private static ProblemHttpResult BadRequest(string detail) => TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "No GTFS zip in the request");
}
