using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Polis.Citizens.Reports.Catalogue;
using Polis.Citizens.Reports.Keys;
using Polis.Citizens.Reports.Media;

namespace Polis.Citizens.Reports.Open311;

/// <summary>
/// GeoReport v2's POST requests: a form body (multipart when it carries a <c>media</c> photo), the api_key first (403),
/// then the jurisdiction (404), then every rule of the service (400). Nothing is stored until all pass.
/// </summary>
public static class Open311SubmitEndpoint
{
    public static RouteGroupBuilder MapOpen311SubmitEndpoint(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapPost("/requests.{format}", CreateAsync).WithName("Open311CreateRequest").WithSummary("Reports a problem (api_key required).").DisableAntiforgery();
        return group;
    }

    public static async Task<IResult> CreateAsync(
        string format, HttpRequest request, ReportIntake intake, IOpen311KeyStore keys, Open311MediaIntake media, IOptions<Open311Options> options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(intake);
        ArgumentNullException.ThrowIfNull(media);
        ArgumentNullException.ThrowIfNull(options);
        var (form, answerFormat, refusal) = await Open311Forms.ReadAsync(format, request, cancellationToken);
        if (form is null)
        {
            return refusal!;
        }

        var submission = Open311FormReader.Read(form);
        var (key, keyRefusal) = await Open311KeyCheck.CheckAsync(submission.ApiKey, keys, cancellationToken);
        var (_, gateRefusal) = Open311Gate.Check(format, submission.JurisdictionId ?? request.Query["jurisdiction_id"], options.Value);
        if (keyRefusal is not null || gateRefusal is not null)
        {
            return keyRefusal is not null ? Open311Results.Error(answerFormat, keyRefusal.Status, keyRefusal.Description) : gateRefusal!;
        }

        var (service, report, intakeRefusal) = await intake.CheckAsync(submission, key!.Id, cancellationToken);
        var (photo, photoRefusal) = intakeRefusal is null ? await media.CheckAsync(form.Files.GetFile("media"), submission.MediaUrl, cancellationToken) : (null, null);
        if ((intakeRefusal ?? photoRefusal) is { } problem)
        {
            return Open311Results.Error(answerFormat, problem.Status, problem.Description);
        }

        if (photo is not null)
        {
            report = report! with { MediaUrl = await media.SaveAsync(photo, request, cancellationToken) };
        }

        var stored = await intake.StoreAsync(report!, $"open311:{key.Name}", cancellationToken);
        // swagger.json's RequestResponse types service_notice and account_id as strings: absent, not null, when there is none.
        var fields = service!.Type switch
        {
            ServiceTypes.Batch => new List<(string, object?)> { ("token", stored.Token) },
            ServiceTypes.Blackbox => [],
            _ => [("service_request_id", Open311Mapping.Id(stored.Id))],
        };
        if (submission.AccountId is { } accountId)
        {
            fields.Add(("account_id", accountId));
        }

        var answer = Open311Object.Of([.. fields]);
        return Open311Results.Ok(answerFormat, "service_requests", new Open311List("request", [answer]));
    }
}
