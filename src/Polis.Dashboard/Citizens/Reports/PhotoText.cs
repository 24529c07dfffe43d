using System.Globalization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Http;

namespace Polis.Dashboard.Citizens.Reports;

/// <summary>The photo chosen on the report page: its size said in words, and read into the form file the intake takes.</summary>
public static class PhotoText
{
    public static string Size(long bytes) => bytes >= 1024 * 1024
        ? $"{(bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture)} MB"
        : $"{Math.Ceiling(bytes / 1024.0).ToString(CultureInfo.InvariantCulture)} KB";

    /// <summary>
    /// The photo as a form file (null without one), or why it is refused: one over the limit is refused before it is
    /// sent over the circuit; its content is judged by the same sanitising intake as the API's.
    /// </summary>
    public static async Task<(IFormFile? Photo, string? Refusal)> ReadAsync(IBrowserFile? file, long maxBytes, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return (null, null);
        }

        if (file.Size > maxBytes)
        {
            return (null, $"The photo is {Size(file.Size)}; at most {Size(maxBytes)} is accepted. Nothing was stored.");
        }

        var buffer = new MemoryStream();
        await using (var upload = file.OpenReadStream(maxBytes, cancellationToken))
        {
            await upload.CopyToAsync(buffer, cancellationToken);
        }

        buffer.Position = 0;
        return (new FormFile(buffer, 0, buffer.Length, "media", file.Name) { Headers = new HeaderDictionary(), ContentType = file.ContentType }, null);
    }
}
