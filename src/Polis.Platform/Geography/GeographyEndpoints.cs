using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Polis.Platform.Identity;

namespace Polis.Platform.Geography;

/// <summary>
/// The city's districts and streets as GeoJSON under /api/v1/geography: the operations map's offline base layer.
/// PUT replaces the whole set (an upload is the city's current map, not a patch), so repeating it is harmless.
/// </summary>
public static class GeographyEndpoints
{
    public static IEndpointRouteBuilder MapGeographyEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/geography").WithTags("Geography").RequireAuthorization(PolisPolicies.Read);
        group.MapGet("/", GetAsync).WithName("GetGeography").WithSummary("The city's districts and streets as a GeoJSON FeatureCollection.")
            .Produces<JsonObject>(StatusCodes.Status200OK, GeographyGeoJson.MediaType);
        group.MapPut("/", ReplaceAsync).WithName("ReplaceGeography").WithSummary("Replaces the city's districts and streets, all or nothing (see docs/dashboard-map.md).")
            .RequireAuthorization(PolisPolicies.Write).Accepts<JsonObject>("application/json", GeographyGeoJson.MediaType);
        return endpoints;
    }

    public static async Task<ContentHttpResult> GetAsync(IGeographyStore store, CancellationToken cancellationToken) =>
        TypedResults.Text(GeographyGeoJson.Write(await store.ListAsync(cancellationToken)), GeographyGeoJson.MediaType);

    public static async Task<Results<Ok<GeographySummary>, ValidationProblem, ProblemHttpResult>> ReplaceAsync(
        HttpRequest request, IGeographyStore store, CancellationToken cancellationToken)
    {
        var body = await ReadLimitedAsync(request.Body, GeographyLimits.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return TypedResults.Problem(
                $"The geography must be at most {GeographyLimits.MaxBodyBytes / (1024 * 1024)} MiB.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Geography too large");
        }

        var parsed = GeographyValidator.Parse(body.Value);
        if (parsed.Features is not { } features)
        {
            return TypedResults.ValidationProblem(parsed.Errors, title: "The geography is invalid; nothing was stored.");
        }

        await store.ReplaceAsync(features, cancellationToken);
        var districts = features.Count(f => f.Kind == GeographyKind.District);
        return TypedResults.Ok(new GeographySummary(districts, features.Count - districts));
    }

    /// <summary>The body, or null when it is longer than <paramref name="limit"/> (read no further than that).</summary>
    private static async Task<ReadOnlyMemory<byte>?> ReadLimitedAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }
}
