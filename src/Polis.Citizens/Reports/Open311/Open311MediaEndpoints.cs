using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Polis.Citizens.Reports.Media;
using Polis.Citizens.Reports.Moderation;

namespace Polis.Citizens.Reports.Open311;

/// <summary>
/// Serves the photos posted with requests at the media_url the requests carry (public, like the requests); a photo a
/// moderator redacted, or of a hidden report, answers 404 as if it did not exist (staff keep the stored original).
/// </summary>
public static class Open311MediaEndpoints
{
    public static RouteGroupBuilder MapOpen311MediaEndpoints(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("/media/{id}", GetAsync).WithName("Open311Media").WithSummary("A photo posted with a request.");
        return group;
    }

    public static async Task<IResult> GetAsync(string id, IReportMediaStore store, IReportModerationStore moderation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(moderation);
        return !await moderation.IsWithheldAsync(id, cancellationToken) && await store.GetAsync(id, cancellationToken) is { } media
            ? Results.Bytes(media.Content, media.ContentType)
            : Open311Results.NotFound(Open311Format.Json, $"media '{id}' not found.");
    }
}
