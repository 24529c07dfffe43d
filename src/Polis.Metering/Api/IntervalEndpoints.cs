using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Polis.Metering.Meters;
using Polis.Metering.Readings;
using Polis.Platform.Identity;

namespace Polis.Metering.Api;

/// <summary>The current validated interval series and its audit trail, by meter or service point, over a range (JSON or CSV).</summary>
public static class IntervalEndpoints
{
    public static IEndpointRouteBuilder MapMeteringIntervalEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/metering").WithTags("Metering").RequireAuthorization(PolisPolicies.Read);
        group.MapGet("/meters/{id}/intervals", GetMeterIntervalsAsync).WithName("GetMeterIntervals")
            .WithSummary("A meter's interval values starting in [from, to), with quality, rule and reason (format=csv for CSV).");
        group.MapGet("/meters/{id}/intervals/audit", GetMeterAuditAsync).WithName("GetMeterIntervalAudit")
            .WithSummary("Every change of a meter's interval values starting in [from, to): old and new value and quality, rule, reason, who and when.");
        group.MapGet("/service-points/{id}/intervals", GetServicePointIntervalsAsync).WithName("GetServicePointIntervals")
            .WithSummary("A service point's interval values in [from, to), meter by meter as they were installed there.");
        return endpoints;
    }

    public static async Task<Results<Ok<MeterSeries<IntervalResponse>>, ContentHttpResult, ValidationProblem, ProblemHttpResult>> GetMeterIntervalsAsync(
        string id, string? from, string? to, string? format, HttpRequest request, IMeterStore meters, IIntervalStore intervals, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meters);
        ArgumentNullException.ThrowIfNull(intervals);
        var (range, errors) = Parse(request, from, to, format, time);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await meters.GetAsync(id, cancellationToken) is not { } meter)
        {
            return MeteringProblems.NotFound("meter", id);
        }

        var stored = await intervals.ListAsync(id, range.From, range.To, cancellationToken);
        return range.Csv
            ? TypedResults.Text(MeteringCsv.Intervals(stored.Select(v => (id, v)), withMeter: false), MeteringCsv.MediaType)
            : TypedResults.Ok(new MeterSeries<IntervalResponse>(id, MeterKinds.UnitOf(meter.Kind), range.From, range.To, stored.Select(IntervalResponse.From).ToList()));
    }

    public static async Task<Results<Ok<IReadOnlyList<IntervalAuditRecord>>, ValidationProblem, ProblemHttpResult>> GetMeterAuditAsync(
        string id, string? from, string? to, HttpRequest request, IMeterStore meters, IIntervalStore intervals, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meters);
        ArgumentNullException.ThrowIfNull(intervals);
        var (range, errors) = Parse(request, from, to, "json", time);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return await meters.GetAsync(id, cancellationToken) is null
            ? MeteringProblems.NotFound("meter", id)
            : TypedResults.Ok(await intervals.ListAuditAsync(id, range.From, range.To, cancellationToken));
    }

    public static async Task<Results<Ok<ServicePointSeries<IntervalResponse>>, ContentHttpResult, ValidationProblem, ProblemHttpResult>> GetServicePointIntervalsAsync(
        string id, string? from, string? to, string? format, HttpRequest request, IServicePointStore servicePoints, IInstallationStore installations,
        IIntervalStore intervals, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(servicePoints);
        ArgumentNullException.ThrowIfNull(installations);
        ArgumentNullException.ThrowIfNull(intervals);
        var (range, errors) = Parse(request, from, to, format, time);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await servicePoints.GetAsync(id, cancellationToken) is null)
        {
            return MeteringProblems.NotFound("service point", id);
        }

        var parts = new List<InstallationSeries<StoredInterval>>();
        foreach (var installation in await installations.ListAsync(new InstallationQuery(ServicePointId: id, From: range.From, To: range.To), cancellationToken))
        {
            if (range.Within(installation) is { } window)
            {
                parts.Add(new(installation, await intervals.ListAsync(installation.MeterId, window.From, window.To, cancellationToken)));
            }
        }

        return range.Csv
            ? TypedResults.Text(MeteringCsv.Intervals(parts.SelectMany(p => p.Values.Select(v => (p.Installation.MeterId, v))), withMeter: true), MeteringCsv.MediaType)
            : TypedResults.Ok(new ServicePointSeries<IntervalResponse>(id, range.From, range.To,
                parts.Select(p => new InstallationSeries<IntervalResponse>(p.Installation, p.Values.Select(IntervalResponse.From).ToList())).ToList()));
    }

    private static (SeriesRange Range, Dictionary<string, string[]> Errors) Parse(HttpRequest request, string? from, string? to, string? format, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var (range, errors) = SeriesRange.Parse(request, from, to, null, format, time.GetUtcNow());
        if (errors.Count == 0 && range.To - range.From > SeriesRange.MaxIntervalSpan)
        {
            errors["to"] = [$"One request covers at most {SeriesRange.MaxIntervalSpan.TotalDays:0} days of intervals; ask for the rest in further requests."];
        }

        return (range, errors);
    }
}
