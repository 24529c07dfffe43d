using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Polis.Citizens.Reports.Catalogue;
using Polis.Citizens.Reports.Moderation;
using Polis.Citizens.Reports.Store;
using Polis.Citizens.Reports.Support;

namespace Polis.Citizens.Reports.Open311;

/// <summary>
/// GeoReport v2's request reads at /open311/v2: the filtered list, one request, a token's request. Public by design, so
/// they show the moderated report: a hidden one is absent (404 by id or token, as if it did not exist; a list page may
/// then hold fewer than page_size), a redacted description reads "[redacted]", a redacted photo has no media_url; and
/// each request carries its "me too" count in extended_attributes.me_too.
/// </summary>
public static class Open311RequestEndpoints
{
    public static RouteGroupBuilder MapOpen311RequestEndpoints(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("/requests.{format}", ListAsync).WithName("Open311Requests").WithSummary("Requests by the spec's filters, newest first, paged.").AddEndpointFilter(Open311Gate.FilterAsync);
        group.MapGet("/requests/{id}.{format}", GetAsync).WithName("Open311Request").WithSummary("One request, as a list of one.").AddEndpointFilter(Open311Gate.FilterAsync);
        group.MapGet("/tokens/{token}.{format}", TokenAsync).WithName("Open311Token").WithSummary("The request a batch service's token became.").AddEndpointFilter(Open311Gate.FilterAsync);
        return group;
    }

    public static async Task<IResult> ListAsync(
        string format, HttpRequest request, IReportStore reports, IServiceCatalogueStore catalogue, ModerationDesk moderation, ReportSupport support, TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var answerFormat = Open311Gate.FormatOf(format);
        var (query, error) = RequestsQueryParser.Parse(request.Query, timeProvider.GetUtcNow());
        if (query is null)
        {
            return Open311Results.BadRequest(answerFormat, error!);
        }

        return await AnswerAsync(answerFormat, await reports.QueryAsync(query, cancellationToken), catalogue, moderation, support, cancellationToken);
    }

    public static async Task<IResult> GetAsync(
        string id, string format, IReportStore reports, IServiceCatalogueStore catalogue, ModerationDesk moderation, ReportSupport support, IReportModerationStore moderationStore,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var answerFormat = Open311Gate.FormatOf(format);
        return long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var reportId) && await reports.GetAsync(reportId, cancellationToken) is { } report
            && !await HiddenAsync(report, moderationStore, cancellationToken)
            ? await AnswerAsync(answerFormat, [report], catalogue, moderation, support, cancellationToken)
            : Open311Results.NotFound(answerFormat, $"service_request_id '{id}' not found.");
    }

    public static async Task<IResult> TokenAsync(string token, string format, IReportStore reports, IReportModerationStore moderationStore, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var answerFormat = Open311Gate.FormatOf(format);
        return await reports.GetByTokenAsync(token, cancellationToken) is { } report && !await HiddenAsync(report, moderationStore, cancellationToken)
            ? Open311Results.Ok(answerFormat, "service_requests", new Open311List("request", [Open311Object.Of(("service_request_id", Open311Mapping.Id(report.Id)), ("token", token))]))
            : Open311Results.NotFound(answerFormat, $"token '{token}' not found.");
    }

    private static async Task<IResult> AnswerAsync(
        Open311Format format, IReadOnlyList<Report> reports, IServiceCatalogueStore catalogue, ModerationDesk moderation, ReportSupport support, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(moderation);
        ArgumentNullException.ThrowIfNull(support);
        var services = (await catalogue.ListAsync(includeInactive: true, cancellationToken)).ToDictionary(s => s.Service.Code, s => s.Service, StringComparer.Ordinal);
        var views = await moderation.PublicViewsAsync(reports, cancellationToken);
        var shown = reports.Where(r => !(views.GetValueOrDefault(r.Id)?.Hidden ?? false)).ToList();
        var meToo = await support.CountsAsync(shown, cancellationToken);
        var items = shown.Select(r => (object)Open311Mapping.Request(r, services.GetValueOrDefault(r.ServiceCode), views.GetValueOrDefault(r.Id), meToo.GetValueOrDefault(r.Id))).ToList();
        return Open311Results.Ok(format, "service_requests", new Open311List("request", items));
    }

    private static async Task<bool> HiddenAsync(Report report, IReportModerationStore moderationStore, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(moderationStore);
        return await moderationStore.GetAsync(report.Id, cancellationToken) is { Hidden: true };
    }
}
