using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Polis.Citizens.Reports.Media;

namespace Polis.Citizens.Reports.Open311;

/// <summary>Serves the photos posted with requests at the media_url the requests carry (public, like the requests).</summary>
public static class Open311MediaEndpoints
{
    public static RouteGroupBuilder MapOpen311MediaEndpoints(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("/media/{id}", GetAsync).WithName("Open311Media").WithSummary("A photo posted with a request.");
        return group;
    }

    public static async Task<IResult> GetAsync(string id, IReportMediaStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        return await store.GetAsync(id, cancellationToken) is { } media
            ? Results.Bytes(media.Content, media.ContentType)
            : Open311Results.NotFound(Open311Format.Json, $"media '{id}' not found.");
    }
}
