using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Polis.Citizens.Reports.Catalogue;
using Polis.Citizens.Reports.Lifecycle;
using Polis.Citizens.Reports.Moderation;
using Polis.Citizens.Reports.ServiceLevels;
using Polis.Citizens.Reports.Store;

namespace Polis.Citizens.Reports.Open311;

/// <summary>
/// Turns a checked-in Open311 submission into a stored report: every rule is checked before anything is written, so a
/// refused request stores nothing. The report starts <c>submitted</c>, in the department the city's routing chooses
/// for its service and district, with acknowledge and fix due dates from its service level on the working calendar.
/// </summary>
public sealed class ReportIntake(
    IServiceCatalogueStore catalogue, IReportStore reports, DistrictLocator locator, ServiceLevelSettings serviceLevels, TimeProvider timeProvider)
{
    public const int MaxDescriptionLength = 4000;
    public const int MaxContactLength = 200;

    /// <summary>Checks a submission without storing it: the service and the report to store, or the refusal.</summary>
    public async Task<(ReportService? Service, Report? Report, Open311Refusal? Refusal)> CheckAsync(Open311Submission submission, string apiKeyId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        if (submission.ServiceCode is null)
        {
            return Refuse("service_code was not provided.");
        }

        if (await catalogue.GetAsync(submission.ServiceCode, cancellationToken) is not { Service.Active: true } stored)
        {
            return Refuse($"service_code '{submission.ServiceCode}' was not found.");
        }

        var service = stored.Service;
        var (attributes, attributeError) = AttributeAnswers.Check(service, submission.Attributes);
        if (attributeError is not null)
        {
            return Refuse(attributeError);
        }

        var (latitude, longitude, refusal) = await SubmissionLocation.CheckAsync(submission, locator, cancellationToken);
        if (refusal is not null)
        {
            return (null, null, refusal);
        }

        var description = ReportText.ToPlainText(submission.Description, MaxDescriptionLength);
        if (description.Refusal is ReportTextRefusal.TooLong)
        {
            return Refuse($"description is longer than {MaxDescriptionLength} characters.");
        }

        if (ContactError(submission) is { } contactError)
        {
            return Refuse(contactError);
        }

        var now = timeProvider.GetUtcNow();
        var district = latitude is { } lat && longitude is { } lon ? await locator.DistrictAtAsync(lat, lon, cancellationToken) : null;
        var levels = await serviceLevels.GetAsync(cancellationToken);
        var (acknowledgeDueAt, dueAt) = levels.DueDates(service.Code, service.Group, now);
        var contact = new ReportContact(submission.Email, submission.FirstName, submission.LastName, submission.Phone, submission.DeviceId, submission.AccountId);
        var token = service.Type == ServiceTypes.Batch ? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)) : null;
        var report = new Report(
            0, service.Code, ReportStatus.Submitted, description.Text, latitude, longitude,
            submission.AddressString, submission.AddressId, attributes, contact, submission.MediaUrl,
            levels.DepartmentFor(service.Code, service.Group, service.Department, district), token, apiKeyId, null, now, now)
        {
            AcknowledgeDueAt = acknowledgeDueAt,
            DueAt = dueAt,
        };
        return (service, report, null);
    }

    public Task<Report> StoreAsync(Report report, string actor, CancellationToken cancellationToken) => reports.CreateAsync(report, actor, cancellationToken);

    private static string? ContactError(Open311Submission s)
    {
        string?[] fields = [s.Email, s.FirstName, s.LastName, s.Phone, s.DeviceId, s.AccountId];
        if (fields.Any(f => f?.Length > MaxContactLength))
        {
            return $"email, first_name, last_name, phone, device_id and account_id are at most {MaxContactLength} characters.";
        }

        if (s.Email is { } email && !email.Contains('@', StringComparison.Ordinal))
        {
            return $"email '{email}' is not an e-mail address.";
        }

        return s.MediaUrl is { } url && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            ? $"media_url '{url}' is not an absolute http(s) URL."
            : null;
    }

    private static (ReportService?, Report?, Open311Refusal?) Refuse(string description) => (null, null, new Open311Refusal(StatusCodes.Status400BadRequest, description));
}
