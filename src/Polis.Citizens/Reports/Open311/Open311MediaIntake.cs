using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Polis.Citizens.Reports.Media;

namespace Polis.Citizens.Reports.Open311;

/// <summary>
/// The <c>media</c> file of a POST: refused before it is read when larger than allowed, then judged by
/// <see cref="IReportMediaIntake"/> on its bytes; an accepted photo is stored and served at /open311/v2/media/{id}.
/// </summary>
public sealed class Open311MediaIntake(IReportMediaIntake intake, IReportMediaStore store, IOptions<Open311Options> options, TimeProvider timeProvider)
{
    public async Task<(MediaIntakeResult? Photo, Open311Refusal? Refusal)> CheckAsync(IFormFile? file, string? mediaUrl, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return (null, null);
        }

        if (mediaUrl is not null)
        {
            return (null, Refuse("Send either a media file or a media_url, not both."));
        }

        if (file.Length > options.Value.MaxMediaBytes)
        {
            return (null, Refuse($"media is {file.Length} bytes; at most {options.Value.MaxMediaBytes} are accepted."));
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var result = await intake.AcceptAsync(buffer.ToArray(), cancellationToken);
        return result.Error is { } error ? (null, Refuse(error)) : (result, null);
    }

    /// <summary>Stores an accepted photo; returns the absolute URL it is served at.</summary>
    public async Task<string> SaveAsync(MediaIntakeResult photo, HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(photo);
        ArgumentNullException.ThrowIfNull(request);
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        await store.SaveAsync(new StoredMedia(id, photo.ContentType!, photo.Content!, timeProvider.GetUtcNow()), cancellationToken);
        return $"{request.Scheme}://{request.Host}/open311/v2/media/{id}";
    }

    private static Open311Refusal Refuse(string description) => new(StatusCodes.Status400BadRequest, description);
}
