using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Polis.Citizens.Reports.Api;
using Polis.Citizens.Reports.Open311;
using Polis.Citizens.Reports.Store;
using Polis.Platform.Devices;
using Polis.Platform.Identity;

namespace Polis.Citizens.Reports.OneCity;

/// <summary>
/// One city: operators file a work report from a platform alarm, and a report shows the devices registered around it
/// with their live twins (a broken-streetlight report next to the streetlight's telemetry).
/// </summary>
public static class OneCityEndpoints
{
    public static IEndpointRouteBuilder MapOneCityEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/citizens/reports").WithTags("Citizens");
        group.MapPost("/from-alarm", FromAlarmAsync).RequireAuthorization(PolisPolicies.Write).WithName("ReportFromAlarm")
            .WithSummary("Files a work report from a platform alarm (one per alarm).");
        group.MapGet("/{id:long}/devices", DevicesAsync).RequireAuthorization(PolisPolicies.Read).WithName("ReportDevices")
            .WithSummary("Devices registered within a radius of the report, with their twins.");
        return endpoints;
    }

    public static async Task<Results<Created<WorkReportResponse>, ValidationProblem, ProblemHttpResult>> FromAlarmAsync(
        WorkReportRequest request, ClaimsPrincipal user, AlarmWorkReports workReports, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(workReports);
        if (!Guid.TryParse(request.AlarmId, out var alarmId))
        {
            return CitizensReportProblems.Invalid("alarmId", "alarmId must be the id of a platform alarm (a GUID).");
        }

        if (string.IsNullOrWhiteSpace(request.ServiceCode))
        {
            return CitizensReportProblems.Invalid("serviceCode", "serviceCode names the service the work report is filed under.");
        }

        var outcome = await workReports.FileAsync(alarmId, request.ServiceCode.Trim(), request.Description, user.ActorName(), cancellationToken);
        return outcome switch
        {
            { Report: { } report } => TypedResults.Created(
                $"/api/v1/citizens/reports/{report.Id.ToString(CultureInfo.InvariantCulture)}", new WorkReportResponse(alarmId, ReportResponse.From(report))),
            { Refusal: WorkReportRefusal.UnknownAlarm } => CitizensReportProblems.NotFound("alarm", alarmId.ToString()),
            { Refusal: WorkReportRefusal.UnknownService } => CitizensReportProblems.Invalid("serviceCode", $"There is no active service '{request.ServiceCode.Trim()}'."),
            { Refusal: WorkReportRefusal.DescriptionTooLong } => CitizensReportProblems.Invalid("description", $"A description holds at most {ReportIntake.MaxDescriptionLength} characters."),
            _ => AlreadyFiled(alarmId, outcome.ExistingReportId),
        };
    }

    public static async Task<Results<Ok<ReportDevicesResponse>, ValidationProblem, ProblemHttpResult>> DevicesAsync(
        long id, double? radius, IReportStore reports, IAlarmReportStore links, DevicesNearReports near, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(near);
        var metres = radius ?? DevicesNearReports.DefaultRadiusMetres;
        if (!double.IsFinite(metres) || metres <= 0 || metres > DevicesNearReports.MaxRadiusMetres)
        {
            return CitizensReportProblems.Invalid("radius", $"radius is in metres, above 0 and at most {DevicesNearReports.MaxRadiusMetres}.");
        }

        if (await reports.GetAsync(id, cancellationToken) is not { } report)
        {
            return CitizensReportProblems.NotFound("report", id.ToString(CultureInfo.InvariantCulture));
        }

        var alarmId = await links.AlarmOfReportAsync(id, cancellationToken);
        var devices = report.Latitude is { } lat && report.Longitude is { } lon ? await near.NearAsync(new GeoPoint(lon, lat), metres, cancellationToken) : [];
        return TypedResults.Ok(new ReportDevicesResponse(id, metres, alarmId, devices));
    }

    private static ProblemHttpResult AlreadyFiled(Guid alarmId, long? reportId) => TypedResults.Problem(
        reportId is { } existing
            ? $"Alarm {alarmId} already has work report {existing.ToString(CultureInfo.InvariantCulture)}."
            : $"A work report for alarm {alarmId} is being filed by another operator.",
        statusCode: StatusCodes.Status409Conflict,
        title: "Alarm already reported",
        extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["reportId"] = reportId });
}
