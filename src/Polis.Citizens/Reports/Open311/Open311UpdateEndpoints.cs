using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Polis.Citizens.Reports.Keys;
using Polis.Citizens.Reports.Moderation;
using Polis.Citizens.Reports.Store;
using Polis.Citizens.Reports.Workflow;

namespace Polis.Citizens.Reports.Open311;

/// <summary>
/// mySociety's servicerequestupdates extension, as FixMyStreet's Open311 client uses it: GET lists the public updates
/// made between start_date and end_date (both or neither: the last 90 days); POST (api_key) adds an update to a request
/// through <see cref="ReportWorkflow"/>: a status change follows the lifecycle rules (refusals are the spec's 400 with
/// the reason), a status equal to the current one is a public note.
/// </summary>
public static class Open311UpdateEndpoints
{
    public const int MaxDescriptionLength = 4000;

    public static RouteGroupBuilder MapOpen311UpdateEndpoints(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("/servicerequestupdates.{format}", ListAsync).WithName("Open311Updates").WithSummary("Public updates to requests in a date range.").AddEndpointFilter(Open311Gate.FilterAsync);
        group.MapPost("/servicerequestupdates.{format}", CreateAsync).WithName("Open311CreateUpdate").WithSummary("Adds an update to a request (api_key required).").DisableAntiforgery();
        return group;
    }

    public static async Task<IResult> ListAsync(
        string format, HttpRequest request, IReportStore reports, IReportModerationStore moderation, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var answerFormat = Open311Gate.FormatOf(format);
        var hasStart = !string.IsNullOrEmpty(request.Query["start_date"]);
        if (hasStart != !string.IsNullOrEmpty(request.Query["end_date"]))
        {
            return Open311Results.BadRequest(answerFormat, "start_date and end_date go together: give both or neither.");
        }

        var (query, error) = RequestsQueryParser.Parse(new QueryCollection(request.Query.Where(q => q.Key is "start_date" or "end_date").ToDictionary()), timeProvider.GetUtcNow());
        if (query is null)
        {
            return Open311Results.BadRequest(answerFormat, error!);
        }

        var updates = await moderation.WithoutHiddenAsync(await reports.ListPublicUpdatesAsync(query.From!.Value, query.To!.Value, RequestsQueryParser.MaxPageSize, cancellationToken), cancellationToken);
        return Open311Results.Ok(answerFormat, "service_requests_updates", new Open311List("request_update", updates.Select(u => (object)Open311Mapping.Update(u)).ToList()));
    }

    public static async Task<IResult> CreateAsync(
        string format, HttpRequest request, IReportStore reports, ReportWorkflow workflow, IOpen311KeyStore keys, IOptions<Open311Options> options, TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(workflow);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var (form, answerFormat, formRefusal) = await Open311Forms.ReadAsync(format, request, cancellationToken);
        if (form is null)
        {
            return formRefusal!;
        }

        string? Field(string name) => string.IsNullOrWhiteSpace(form[name]) ? null : form[name].ToString().Trim();
        var (key, keyRefusal) = await Open311KeyCheck.CheckAsync(Field("api_key"), keys, cancellationToken);
        if (keyRefusal is not null)
        {
            return Open311Results.Error(answerFormat, keyRefusal.Status, keyRefusal.Description);
        }

        var (_, gateRefusal) = Open311Gate.Check(format, Field("jurisdiction_id") ?? request.Query["jurisdiction_id"], options.Value);
        if (gateRefusal is not null)
        {
            return gateRefusal;
        }

        var id = Field("service_request_id");
        if (id is null || !long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var reportId) || await reports.GetAsync(reportId, cancellationToken) is not { } report)
        {
            return id is null ? Open311Results.BadRequest(answerFormat, "service_request_id was not provided.") : Open311Results.NotFound(answerFormat, $"service_request_id '{id}' not found.");
        }

        if (Open311UpdateStatuses.Parse(Field("status"), report.Status) is not { } status)
        {
            return Open311Results.BadRequest(answerFormat, $"status '{Field("status")}' is not one of OPEN, CLOSED, FIXED, IN_PROGRESS, ACTION_SCHEDULED, INVESTIGATING, DUPLICATE, NOT_COUNCILS_RESPONSIBILITY, NO_FURTHER_ACTION, REOPEN.");
        }

        var description = ReportText.ToPlainText(Field("description"), MaxDescriptionLength);
        if (description.Refusal is ReportTextRefusal.TooLong || Field("update_id")?.Length > 200 || Field("media_url") is { } url && !Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            return Open311Results.BadRequest(answerFormat, $"description is at most {MaxDescriptionLength} characters, update_id at most 200, media_url an absolute URL.");
        }

        var actor = $"open311:{key!.Name}";
        ReportWorkflowResult result;
        if (status == report.Status)
        {
            // FixMyStreet sends a comment on an open report as an OPEN update: a public note, the status kept.
            if (description.Text is null)
            {
                return Open311Results.BadRequest(answerFormat, $"The request is already '{Open311UpdateStatuses.Name(status)}': an update that keeps the status needs a description.");
            }

            result = await workflow.AddNoteAsync(reportId, description.Text, isPublic: true, actor, timeProvider.GetUtcNow(), Field("media_url"), Field("update_id"), cancellationToken);
        }
        else
        {
            if (Open311UpdateActor.Of(report, status, Field("email")) is not { } actorKind)
            {
                return Open311Results.BadRequest(answerFormat, "Only the reporter can reopen a fixed or closed request: the update's email is not the reporter's.");
            }

            var change = new ReportWorkflowRequest(status, actorKind, actor, description.Text, Public: true, Field("duplicate_of"), MediaUrl: Field("media_url"), ExternalId: Field("update_id"));
            result = await workflow.ChangeStatusAsync(reportId, change, cancellationToken);
        }

        if (!result.Succeeded)
        {
            var detail = $"{ReportWorkflowRefusals.Title(result)}: {ReportWorkflowRefusals.Detail(result, reportId, Field("duplicate_of"), workflow.Options)}";
            return result.Outcome == ReportWorkflowOutcome.NotFound ? Open311Results.NotFound(answerFormat, detail) : Open311Results.BadRequest(answerFormat, detail);
        }

        return Open311Results.Ok(answerFormat, "service_request_updates", new Open311List("request_update", [Open311Object.Of(("update_id", Open311Mapping.Id(result.Entry!.Id)))]));
    }
}
