using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Polis.Platform.Identity;
using Polis.Transit.Feeds.Api;
using Polis.Transit.Gtfs.Validation;

namespace Polis.Transit.Feeds;

/// <summary>
/// Static GTFS feed versions under /api/v1/transit/feeds: upload (validated, then stored and activated, or refused
/// with its report and nothing stored), list, one version, its report, and deletion of retired versions.
/// </summary>
public static class TransitFeedEndpoints
{
    public static IEndpointRouteBuilder MapTransitFeedEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/transit/feeds").WithTags("Transit").RequireAuthorization(PolisPolicies.Read);
        group.MapPost("/", UploadAsync).WithName("UploadTransitFeed").RequireAuthorization(PolisPolicies.Write)
            .WithSummary("Imports a GTFS zip (application/zip body or multipart file): 201 with the active version and its report, 422 with the report when it has errors.")
            .Accepts<Stream>(TransitFeedUpload.ZipMediaType, "multipart/form-data");
        group.MapGet("/", ListAsync).WithName("ListTransitFeeds").WithSummary("Feed versions, active and retired, newest first.");
        group.MapGet("/{id:long}", GetAsync).WithName("GetTransitFeed").WithSummary("One feed version.");
        group.MapGet("/{id:long}/report", GetReportAsync).WithName("GetTransitFeedReport").WithSummary("The validation report of a feed version (MobilityData-style notices).");
        group.MapDelete("/{id:long}", DeleteAsync).WithName("DeleteTransitFeed").WithSummary("Deletes a retired feed version (never the active one).")
            .RequireAuthorization(PolisPolicies.Write);
        return endpoints;
    }

    public static async Task<Results<Created<TransitFeedImportResponse>, Ok<TransitFeedImportResponse>, ProblemHttpResult>> UploadAsync(
        HttpRequest request, TransitFeedImporter importer, TransitNetworkProvider networks, IOptions<TransitFeedOptions> options, CancellationToken cancellationToken)
    {
        var (file, fileName, problem) = await TransitFeedUpload.ReceiveAsync(request, options.Value.MaxUploadBytes, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        await using (file)
        {
            var result = await importer.ImportAsync(file!, fileName, null, cancellationToken);
            switch (result.Outcome)
            {
                case TransitFeedImportOutcome.Refused:
                    return Refused(result);
                case TransitFeedImportOutcome.AlreadyActive:
                    return TypedResults.Ok(new TransitFeedImportResponse(result.Version!, result.Report, AlreadyActive: true));
                default:
                    // Swap the network now, so the caller's next request already reads the new feed.
                    await networks.RefreshAsync(cancellationToken);
                    return TypedResults.Created($"/api/v1/transit/feeds/{result.Version!.Id}", new TransitFeedImportResponse(result.Version, result.Report, AlreadyActive: false));
            }
        }
    }

    public static async Task<Ok<IReadOnlyList<TransitFeedVersion>>> ListAsync(ITransitFeedStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.ListAsync(cancellationToken));

    public static async Task<Results<Ok<TransitFeedVersion>, ProblemHttpResult>> GetAsync(long id, ITransitFeedStore store, CancellationToken cancellationToken) =>
        await store.GetAsync(id, cancellationToken) is { Status: TransitFeedStatus.Active or TransitFeedStatus.Retired } version
            ? TypedResults.Ok(version)
            : TransitProblems.FeedNotFound(id);

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetReportAsync(long id, ITransitFeedStore store, CancellationToken cancellationToken) =>
        await store.GetReportJsonAsync(id, cancellationToken) is { } json
            ? TypedResults.Text(json, "application/json")
            : TransitProblems.FeedNotFound(id);

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(long id, ITransitFeedStore store, CancellationToken cancellationToken) =>
        await store.DeleteAsync(id, cancellationToken) switch
        {
            TransitFeedDeletion.Deleted => TypedResults.NoContent(),
            TransitFeedDeletion.Active => TypedResults.Problem($"Feed version {id} is the active one; activate another feed before deleting it.",
                statusCode: StatusCodes.Status409Conflict, title: "Active feed"),
            _ => TransitProblems.FeedNotFound(id),
        };

    private static ProblemHttpResult Refused(TransitFeedImportResult result)
    {
        var report = result.Report;
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { ["report"] = report };
        if (result.IsUnreadableZip)
        {
            var reason = report.Notices.First(n => n.Severity == GtfsSeverity.Error).SampleNotices[0].Message;
            return TypedResults.Problem(reason, statusCode: StatusCodes.Status400BadRequest, title: "Not a readable GTFS zip", extensions: extensions);
        }

        var codes = string.Join(", ", report.Notices.Where(n => n.Severity == GtfsSeverity.Error).Select(n => $"{n.Code} ×{n.TotalNotices}"));
        return TypedResults.Problem($"The feed has {report.Summary.Errors} errors ({codes}); nothing was imported. The report lists each with its file and row.",
            statusCode: StatusCodes.Status422UnprocessableEntity, title: "The GTFS feed has errors", extensions: extensions);
    }
}
